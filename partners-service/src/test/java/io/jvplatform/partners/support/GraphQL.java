package io.jvplatform.partners.support;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.TestIssuer;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Posts a GraphQL operation to the service under test, the way every client does: as the demo
 * admin unless a test says who (tokens from devstack's {@link TestIssuer}).
 */
public final class GraphQL {

    private GraphQL() {
    }

    /** As the admin. GraphQL answers errors with HTTP 200 too: the outcome is in {@code data} and {@code errors}. */
    public static ValidatableResponse execute(String query, Map<String, ?> variables) {
        return executeAs(KeycloakRealm.ADMIN, query, variables);
    }

    /** As one of the demo users ({@link KeycloakRealm#DEMO_USERS}). */
    public static ValidatableResponse executeAs(String demoUser, String query, Map<String, ?> variables) {
        return send(given().auth().oauth2(TestIssuer.tokenFor(demoUser)), query, variables).statusCode(200);
    }

    /** As one of the demo users, with an {@code Idempotency-Key} header. */
    public static ValidatableResponse executeWithKey(String demoUser, String idempotencyKey, String query, Map<String, ?> variables) {
        return send(given().auth().oauth2(TestIssuer.tokenFor(demoUser)).header("Idempotency-Key", idempotencyKey), query, variables)
                .statusCode(200);
    }

    /** As the admin, a request body exactly as given (to send JSON escapes such as a lone {@code \\uD800}). */
    public static ValidatableResponse executeRawBody(String json) {
        return given().auth().oauth2(TestIssuer.tokenFor(KeycloakRealm.ADMIN))
                .contentType(ContentType.JSON)
                .body(json)
                .when()
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    /** Without a token, or with any {@code Authorization} header: the status is the test's to check. */
    public static ValidatableResponse executeWithHeader(String authorization, String query, Map<String, ?> variables) {
        RequestSpecification request = authorization == null ? given() : given().header("Authorization", authorization);
        return send(request, query, variables);
    }

    private static ValidatableResponse send(RequestSpecification request, String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return request
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/graphql")
                .then();
    }

    /** Variables that may hold nulls (Map.of refuses them). */
    public static Map<String, Object> variables(Object... keysAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return variables;
    }
}
