package io.jvplatform.partners.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.devstack.Tokens;
import io.jvplatform.partners.support.FakeVenturesService;
import io.jvplatform.support.security.VerifiedTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.jvplatform.partners.support.GraphQL.executeWithHeader;
import static io.restassured.RestAssured.given;
import static io.jvplatform.partners.support.GraphQL.variables;
import static io.jvplatform.partners.support.Partners.CREATE_PARTNER;
import static io.jvplatform.partners.support.Partners.countNamed;
import static io.jvplatform.partners.support.Partners.create;
import static io.jvplatform.partners.support.Partners.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A token is verified once and then known by its text until it expires (support.security
 * VerifiedTokens): in the running service, the remembered identity is the one answering, with
 * the same roles, and nothing a verification would refuse gets through it.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partners"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(FakeVenturesService.class)
class VerifiedTokenTests {

    private static final String PARTNER = "query P($id: ID!) { partner(id: $id) { id name } }";
    private static final List<String> ADMIN_ROLES = List.of(KeycloakRealm.ADMIN, KeycloakRealm.EDITOR, KeycloakRealm.VIEWER);

    @Inject
    VerifiedTokens tokens;

    @Test
    void aTokenIsVerifiedOnItsFirstRequestAndAnsweredFromMemoryAfter() {
        Map<String, Object> partner = create("Read twice");
        String token = TestIssuer.sign("verified-once", Map.of("realm_access", Map.of("roles", List.of(KeycloakRealm.VIEWER))),
                Duration.ofMinutes(10));
        assertThat(tokens.identityOf(token)).isEmpty();
        double answeredBefore = rememberedAnswers();

        for (int request = 0; request < 3; request++) {
            executeWithHeader("Bearer " + token, PARTNER, variables("id", partner.get("id")))
                    .statusCode(200)
                    .body("errors", nullValue())
                    .body("data.partner.name", equalTo(partner.get("name")));
        }

        assertThat(rememberedAnswers() - answeredBefore).as("requests answered from memory: all but the first").isEqualTo(2);
        assertThat(tokens.identityOf(token)).get()
                .satisfies(identity -> assertThat(identity.getPrincipal().getName()).isEqualTo("verified-once"))
                .satisfies(identity -> assertThat(identity.getRoles()).contains(KeycloakRealm.VIEWER));
    }

    /** What operators read on /q/metrics: each request whose token was answered from memory. */
    private static double rememberedAnswers() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("cache_gets_total{") && line.contains("cache=\"" + VerifiedTokens.METRICS_NAME + "\"")
                        && line.contains("result=\"hit\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void aRememberedViewerIsStillRefusedWhatAViewerMayNotDo() {
        String viewer = TestIssuer.sign("remembered-viewer", Map.of("realm_access", Map.of("roles", List.of(KeycloakRealm.VIEWER))),
                Duration.ofMinutes(10));
        Map<String, Object> input = input("Created by a remembered viewer");

        for (int request = 0; request < 2; request++) {
            executeWithHeader("Bearer " + viewer, CREATE_PARTNER, variables("input", input))
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        }

        assertThat(tokens.identityOf(viewer)).isPresent();
        assertThat(countNamed((String) input.get("name"))).isZero();
    }

    @Test
    void theSameTokenWithATamperedSignatureIsRefusedAfterTheGoodOneWasRemembered() {
        String admin = TestIssuer.sign("tampered-after", Map.of("realm_access", Map.of("roles", ADMIN_ROLES)), Duration.ofMinutes(10));
        Map<String, Object> input = input("Created with a tampered token");
        executeWithHeader("Bearer " + admin, PARTNER, variables("id", create("Read with a token").get("id"))).statusCode(200);
        assertThat(tokens.identityOf(admin)).isPresent();

        executeWithHeader("Bearer " + Tokens.withTamperedSignature(admin), CREATE_PARTNER, variables("input", input))
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));

        assertThat(countNamed((String) input.get("name"))).isZero();
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        String admin = TestIssuer.sign("expires-soon", Map.of("realm_access", Map.of("roles", ADMIN_ROLES)), Duration.ofSeconds(2));
        Map<String, Object> input = input("Created after the token expired");
        executeWithHeader("Bearer " + admin, PARTNER, variables("id", create("Read with a token").get("id"))).statusCode(200);
        assertThat(tokens.identityOf(admin)).isPresent();

        // exp is in whole seconds: three seconds are past it whatever the millisecond it was signed at
        Thread.sleep(3_000);

        executeWithHeader("Bearer " + admin, CREATE_PARTNER, variables("input", input))
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertThat(tokens.identityOf(admin)).isEmpty();
        assertThat(countNamed((String) input.get("name"))).isZero();
    }
}
