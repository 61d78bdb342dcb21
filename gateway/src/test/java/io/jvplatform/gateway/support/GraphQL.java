package io.jvplatform.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.jvplatform.devstack.KeycloakRealm;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Posts GraphQL requests to the gateway under test. The static methods send the demo admin's
 * token (the tests that are not about access control act as the admin); {@link #as(String)},
 * {@link #withToken(String)} and {@link #anonymous()} send as someone else.
 */
public final class GraphQL {

    private static final Client ADMIN = as(KeycloakRealm.ADMIN);

    private GraphQL() {
    }

    /** Requests with a fresh token of a demo user (viewer, partner, editor, admin). */
    public static Client as(String demoUser) {
        return new Client(() -> Users.token(demoUser));
    }

    /** Requests with exactly this bearer token (e.g. one that must be refused). */
    public static Client withToken(String token) {
        return new Client(() -> token);
    }

    /** Requests without an Authorization header. */
    public static Client anonymous() {
        return new Client(() -> null);
    }

    public static Response post(String query, Map<String, Object> variables) {
        return ADMIN.post(query, variables);
    }

    public static JsonPath execute(String query, Map<String, Object> variables) {
        return ADMIN.execute(query, variables);
    }

    public static JsonPath execute(String query) {
        return ADMIN.execute(query, Map.of());
    }

    /** The response of a request expected to succeed: no errors (else the whole response is shown). */
    public static JsonPath ok(String query, Map<String, Object> variables) {
        return ADMIN.ok(query, variables);
    }

    /** Variables by name, in pairs; keeps {@code null} values. */
    public static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    /** Given a token (or none), sends requests to the gateway or, with {@link #at(String)}, straight to a service. */
    public static final class Client {

        private final Supplier<String> token;
        private final String baseUrl;

        private Client(Supplier<String> token) {
            this(token, null);
        }

        private Client(Supplier<String> token, String baseUrl) {
            this.token = token;
            this.baseUrl = baseUrl;
        }

        /** The same caller, talking to the GraphQL endpoint of the service at {@code serviceBaseUrl}. */
        public Client at(String serviceBaseUrl) {
            return new Client(token, serviceBaseUrl);
        }

        /** The raw response, whatever its status. */
        public Response send(String query, Map<String, Object> variables) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", query);
            body.put("variables", variables);
            RequestSpecification request = given().contentType(ContentType.JSON).body(body);
            String bearer = token.get();
            if (bearer != null) {
                request.auth().oauth2(bearer);
            }
            // a full URL keeps RestAssured from putting the gateway's test port on a service's address
            return request.when().post(baseUrl == null ? "/graphql" : baseUrl + "/graphql").then().extract().response();
        }

        /** A response with HTTP 200. */
        public Response post(String query, Map<String, Object> variables) {
            Response response = send(query, variables);
            if (response.statusCode() != 200) {
                throw new AssertionError("HTTP " + response.statusCode() + ": " + response.asString());
            }
            return response;
        }

        public JsonPath execute(String query, Map<String, Object> variables) {
            return json(post(query, variables));
        }

        public JsonPath execute(String query) {
            return execute(query, Map.of());
        }

        /** The body of any answer, 200 or not (a refused token is a 401 with a GraphQL body). */
        public JsonPath answer(String query, Map<String, Object> variables) {
            return json(send(query, variables));
        }

        public JsonPath ok(String query, Map<String, Object> variables) {
            Response response = post(query, variables);
            JsonPath json = json(response);
            if (json.get("errors") != null) {
                throw new AssertionError("unexpected errors: " + response.asString());
            }
            return json;
        }

        private static JsonPath json(Response response) {
            return response.jsonPath(JsonPathConfig.jsonPathConfig()
                    .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        }
    }
}
