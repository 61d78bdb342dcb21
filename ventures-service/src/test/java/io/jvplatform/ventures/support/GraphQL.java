package io.jvplatform.ventures.support;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.TestIssuer;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Posts GraphQL documents (constant text, values as variables) and reads numbers as BigDecimal;
 * as the demo admin unless a test says who (tokens from devstack's {@link TestIssuer}).
 */
public final class GraphQL {

    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private GraphQL() {
    }

    /** Against this module's service (RestAssured's default base URI and port), as the admin. */
    public static ValidatableResponse post(String query, Map<String, ?> variables) {
        return postAs(KeycloakRealm.ADMIN, query, variables);
    }

    /** As one of the demo users ({@link KeycloakRealm#DEMO_USERS}). */
    public static ValidatableResponse postAs(String demoUser, String query, Map<String, ?> variables) {
        return send(given().auth().oauth2(TestIssuer.tokenFor(demoUser)), query, variables).statusCode(200);
    }

    /**
     * A request body written by the test, as the admin: for JSON that no map can produce, such as a
     * lone UTF-16 surrogate ({@code "\\ud800"}), which JSON allows as an escape.
     */
    public static ValidatableResponse postBody(String json) {
        return given().auth().oauth2(TestIssuer.tokenFor(KeycloakRealm.ADMIN)).config(EXACT_NUMBERS)
                .contentType(ContentType.JSON).body(json)
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** Without a token, or with any {@code Authorization} header: the status is the test's to check. */
    public static ValidatableResponse postWithHeader(String authorization, String query, Map<String, ?> variables) {
        return send(authorization == null ? given() : given().header("Authorization", authorization), query, variables);
    }

    /** Against another service's /graphql, as the admin. */
    public static ValidatableResponse postTo(String baseUrl, String query, Map<String, ?> variables) {
        URI uri = URI.create(baseUrl);
        return send(given().auth().oauth2(TestIssuer.tokenFor(KeycloakRealm.ADMIN))
                .baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort()), query, variables)
                .statusCode(200);
    }

    private static ValidatableResponse send(RequestSpecification request, String query, Map<String, ?> variables) {
        return request.config(EXACT_NUMBERS)
                .contentType(ContentType.JSON)
                .body(body(query, variables))
                .when().post("/graphql")
                .then();
    }

    public static JsonPath json(ValidatableResponse response) {
        return response.extract().jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** Variables that may hold nulls (Map.of refuses them). */
    public static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return variables;
    }

    private static Map<String, Object> body(String query, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return body;
    }
}
