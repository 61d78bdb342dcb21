package io.jvplatform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.Tokens;
import io.jvplatform.gateway.support.DownstreamCalls;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Users;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Only genuine, current tokens of realm jv meant for jv-gateway get in. Each kind of bad token
 * is a real one from Keycloak (or one made from a real one), refused before any service is
 * asked, with a GraphQL answer a client can read and nothing about why.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class TokenValidationTests {

    private static final String QUERY = "query Count { ventures(first: 1) { totalCount } }";
    private static final String MUTATION = """
            mutation Create { createVenture(input: {name: "Bad token venture", jurisdiction: "NO", status: ANNOUNCED}) { id } }
            """;

    @Inject
    MeterRegistry registry;

    static Stream<Arguments> tokensToRefuse() {
        Tokens tokens = Users.TOKENS;
        return Stream.of(
                Arguments.of("a tampered signature", (Supplier<String>) () -> Tokens.withTamperedSignature(Users.token(KeycloakRealm.ADMIN))),
                Arguments.of("an expired token", (Supplier<String>) () -> tokens.expired(KeycloakRealm.ADMIN)),
                Arguments.of("a token of another realm", (Supplier<String>) tokens::fromOtherRealm),
                Arguments.of("a token for another audience", (Supplier<String>) () -> tokens.forOtherAudience(KeycloakRealm.ADMIN)),
                Arguments.of("an unsigned token (alg none)", (Supplier<String>) () -> Tokens.unsigned(Users.token(KeycloakRealm.ADMIN))),
                Arguments.of("a token that is no JWT", (Supplier<String>) () -> "not-a-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensToRefuse")
    void isRefusedAsUnauthenticatedBeforeAnyServiceIsAsked(String kind, Supplier<String> token) {
        GraphQL.Client client = GraphQL.withToken(token.get());
        DownstreamCalls calls = new DownstreamCalls(registry);
        DownstreamCalls.Snapshot before = calls.snapshot();

        Response query = client.send(QUERY, Map.of());
        Response mutation = client.send(MUTATION, Map.of());

        for (Response response : new Response[] { query, mutation }) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
            JsonPath body = response.jsonPath();
            assertThat(body.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
            assertThat(body.getString("errors[0].message")).isEqualTo("Authentication required");
            assertThat((Object) body.get("data")).isNull();
            assertThat(response.asString()).doesNotContain("Exception", "at io.", "jose4j", "signature");
        }
        assertThat(calls.snapshot().minus(before).total()).isZero();
    }

    @Test
    void noTokenAtAllIsUnauthenticatedFieldByFieldAndReachesNoService() {
        DownstreamCalls calls = new DownstreamCalls(registry);
        DownstreamCalls.Snapshot before = calls.snapshot();

        JsonPath query = GraphQL.anonymous().execute(QUERY);
        JsonPath mutation = GraphQL.anonymous().execute(MUTATION);

        assertThat(query.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(mutation.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(calls.snapshot().minus(before).total()).isZero();
    }

    @Test
    void aGenuineTokenOfEachDemoUserIsAccepted() {
        for (String user : KeycloakRealm.DEMO_USERS) {
            assertThat(GraphQL.as(user).ok(QUERY, Map.of()).getInt("data.ventures.totalCount")).as(user)
                    .isGreaterThanOrEqualTo(1);
        }
    }
}
