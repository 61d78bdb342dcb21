package io.jvplatform.partners.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Posts a GraphQL operation to the service under test, the way every client does. */
public final class GraphQL {

    private GraphQL() {
    }

    /** GraphQL answers errors with HTTP 200 too: the outcome is in {@code data} and {@code errors}. */
    public static ValidatableResponse execute(String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .statusCode(200);
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
