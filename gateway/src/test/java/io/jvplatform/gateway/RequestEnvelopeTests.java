package io.jvplatform.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.DownstreamCalls;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Users;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * GraphQL over HTTP, strictly: only a JSON post is executed (a form or text/plain post is what
 * another site can make a browser send), one operation per request, bounded sizes; each refusal
 * a GraphQL error with a stable code, no class name, and nothing executed.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class RequestEnvelopeTests {

    private static final String MUTATION = """
            {"query":"mutation { createVenture(input: {name: \\"Cross-site venture\\", jurisdiction: \\"NO\\", status: ANNOUNCED}) { id } }"}""";

    @Inject
    MeterRegistry registry;

    static Stream<Arguments> refusedEnvelopes() {
        String huge = "{\"query\":\"{ " + "__typename ".repeat(20_000) + "}\"}";
        String hugeVariable = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + "x".repeat(2_000_000) + "\"}}";
        return Stream.of(
                Arguments.of("a text/plain post of a mutation", "text/plain", MUTATION, 415),
                Arguments.of("a form post of a mutation", "application/x-www-form-urlencoded", MUTATION, 415),
                Arguments.of("a multipart post", "multipart/form-data; boundary=x", MUTATION, 415),
                Arguments.of("no content type", null, MUTATION, 415),
                Arguments.of("a JSON array of operations", "application/json", "[" + MUTATION + "," + MUTATION + "]", 400),
                Arguments.of("a body that is no JSON", "application/json", "{\"query\": ", 400),
                Arguments.of("a query that is no string", "application/json", "{\"query\": 42}", 400),
                Arguments.of("variables that are no object", "application/json", "{\"query\":\"{ __typename }\",\"variables\":[1]}", 400),
                Arguments.of("an unparseable document", "application/json", "{\"query\":\"mutation { createVenture(\"}", 200),
                Arguments.of("a 220 KB document", "application/json", huge, 400),
                Arguments.of("a 2 MB variable", "application/json", hugeVariable, 413));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedEnvelopes")
    void isRefusedWithACodeAndExecutesNothing(String kind, String contentType, String body, int status) {
        DownstreamCalls calls = new DownstreamCalls(registry);
        DownstreamCalls.Snapshot before = calls.snapshot();

        var request = given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.TEXT)))
                .auth().oauth2(Users.token(KeycloakRealm.ADMIN)).body(body.getBytes(StandardCharsets.UTF_8));
        if (contentType != null) {
            request.contentType(contentType);
        } else {
            request.noContentType();
        }
        Response response = request.when().post("/graphql").then().extract().response();

        assertThat(response.statusCode()).as(kind).isEqualTo(status);
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(response.jsonPath().getString("errors[0].message")).isNotBlank();
        assertThat(response.asString()).doesNotContain("Exception", "classification", "graphql.");
        assertThat(calls.snapshot().minus(before).total()).as("downstream calls").isZero();
    }

    @Test
    void answersAreNeitherSniffedNorCached() {
        Response response = given().contentType("application/json").body("{\"query\":\"{ __typename }\"}")
                .when().post("/graphql").then().statusCode(200).extract().response();

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.jsonPath().getString("data.__typename")).isEqualTo("Query");
    }

    @Test
    void theGraphQLResponseMediaTypeIsServedWhenAsked() {
        given().contentType("application/json").accept("application/graphql-response+json")
                .body("{\"query\":\"{ __typename }\"}")
                .when().post("/graphql")
                .then().statusCode(200).contentType("application/graphql-response+json");
    }
}
