package io.jvplatform.ventures.api;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.devstack.Tokens;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What ventures-service shows to a caller without a valid token: nothing, not even its schema
 * (the schema names internal queries such as {@code activeStakes}, {@code venturesOfPartners} and
 * {@code _entities}, and the role names). The gateway and federation routers send a token, so they
 * still read it. Every GraphQL answer also tells browsers not to sniff it and caches not to keep it.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class SchemaAccessTests {

    /** Words that appear only in the schema text: none may be in a refusal. */
    private static final List<String> SCHEMA_WORDS = List.of("activeStakes", "venturesOfPartners", "_entities", "VentureInput", "__schema",
            "federation", "viewer", "admin");

    /** The three ways to read the schema. */
    enum Probe {
        INTROSPECTION("""
                { __schema { queryType { name } types { name fields { name } } } }
                """),
        SERVICE_SDL("""
                { _service { sdl } }
                """),
        SCHEMA_FILE(null);

        private final String query;

        Probe(String query) {
            this.query = query;
        }

        Response send(RequestSpecification request) {
            if (query == null) {
                return request.when().get("/graphql/schema.graphql");
            }
            return request.contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql");
        }
    }

    static Stream<Arguments> refusedCallers() {
        String admin = TestIssuer.tokenFor(KeycloakRealm.ADMIN);
        Stream.Builder<Arguments> rows = Stream.builder();
        for (Probe probe : Probe.values()) {
            rows.add(arguments(probe, "no token", null));
            rows.add(arguments(probe, "tampered signature", "Bearer " + Tokens.withTamperedSignature(admin)));
            rows.add(arguments(probe, "not a JWT", "Bearer not-a-jwt"));
        }
        return rows.build();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("refusedCallers")
    void withoutAValidTokenTheSchemaIsNotShown(Probe probe, String caller, String authorization) {
        RequestSpecification request = authorization == null ? given() : given().header("Authorization", authorization);

        Response response = probe.send(request);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(response.jsonPath().getString("data")).isNull();
        assertThat(response.asString()).doesNotContain(SCHEMA_WORDS).doesNotContain("Exception");
    }

    @ParameterizedTest
    @EnumSource(Probe.class)
    void withAValidTokenTheSchemaIsShown(Probe probe) {
        Response response = probe.send(given().auth().oauth2(TestIssuer.tokenFor(KeycloakRealm.VIEWER)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).contains("Venture").doesNotContain("\"errors\"");
    }

    @ParameterizedTest
    @EnumSource(Probe.class)
    void everyAnswerForbidsSniffingAndCaching(Probe probe) {
        Response response = probe.send(given().auth().oauth2(TestIssuer.tokenFor(KeycloakRealm.VIEWER)));

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aRefusalIsNotCachedEither() {
        Response response = Probe.SERVICE_SDL.send(given());

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }
}
