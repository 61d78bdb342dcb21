package io.jvplatform.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Posts a GraphQL request to the gateway under test. */
public final class GraphQL {

    private GraphQL() {
    }

    public static Response post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200).extract().response();
    }

    public static JsonPath execute(String query, Map<String, Object> variables) {
        return post(query, variables).jsonPath(JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    public static JsonPath execute(String query) {
        return execute(query, Map.of());
    }

    /** The response of a request expected to succeed: no errors (else the whole response is shown). */
    public static JsonPath ok(String query, Map<String, Object> variables) {
        Response response = post(query, variables);
        JsonPath json = response.jsonPath(JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        if (json.get("errors") != null) {
            throw new AssertionError("unexpected errors: " + response.asString());
        }
        return json;
    }

    /** Variables by name, in pairs; keeps {@code null} values. */
    public static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}
