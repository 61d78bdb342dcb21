package io.jvplatform.ventures.support;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Posts GraphQL documents (constant text, values as variables) and reads numbers as BigDecimal. */
public final class GraphQL {

    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private GraphQL() {
    }

    /** Against this module's service (RestAssured's default base URI and port). */
    public static ValidatableResponse post(String query, Map<String, ?> variables) {
        return given().config(EXACT_NUMBERS)
                .contentType(ContentType.JSON)
                .body(body(query, variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** Against another service's /graphql. */
    public static ValidatableResponse postTo(String baseUrl, String query, Map<String, ?> variables) {
        URI uri = URI.create(baseUrl);
        return given().config(EXACT_NUMBERS)
                .baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort())
                .contentType(ContentType.JSON)
                .body(body(query, variables))
                .when().post("/graphql")
                .then().statusCode(200);
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
