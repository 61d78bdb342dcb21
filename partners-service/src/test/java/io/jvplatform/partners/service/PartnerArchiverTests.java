package io.jvplatform.partners.service;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.partners.support.FakeVenturesService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.jvplatform.partners.support.GraphQL.execute;
import static io.jvplatform.partners.support.GraphQL.variables;
import static io.jvplatform.partners.support.Partners.create;
import static io.jvplatform.partners.support.Partners.randomId;
import static io.jvplatform.partners.support.Partners.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * archivePartner asks ventures-service whether the partner still holds a stake. Here the peer is
 * {@link FakeVenturesService}; the real one answers in ventures-service's own tests.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partners"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(FakeVenturesService.class)
class PartnerArchiverTests {

    private static final String ARCHIVE = """
            mutation Archive($id: ID!, $expectedVersion: Int!) {
              archivePartner(id: $id, expectedVersion: $expectedVersion) { id archived version }
            }
            """;

    /** The timeout is 2 s (application.properties); allow for a busy 2-core machine, but not for a second attempt. */
    private static final Duration HUNG_PEER_BUDGET = Duration.ofMillis(3500);

    @FakeVenturesService.Inject
    FakeVenturesService ventures;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void peerIsUpAndTheBreakerClosed() {
        ventures.comeBack();
        circuitBreakers.resetAll();
    }

    @Test
    void aPartnerWithoutStakesIsArchived() {
        Map<String, Object> partner = create("Retired");

        execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", 0))
                .body("errors", nullValue())
                .body("data.archivePartner.archived", equalTo(true))
                .body("data.archivePartner.version", equalTo(1));

        assertThat(read(partner.get("id"))).containsEntry("archived", true).containsEntry("version", 1);
    }

    @Test
    void aPartnerWithAStakeInALiveVentureIsNotArchived() {
        Map<String, Object> partner = create("Nscale");
        ventures.holdsStakes((String) partner.get("id"), "Stargate Norway", "Stargate UK");

        execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", 0))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("id"))
                .body("errors[0].message", allOf(containsString("Stargate Norway"), containsString("Stargate UK")));

        assertThat(read(partner.get("id"))).isEqualTo(partner);
    }

    @Test
    void aHungPeerGivesUpstreamUnavailableWithinTheTimeoutAndArchivesNothing() {
        Map<String, Object> partner = create("Patient");
        ventures.hangsFor((String) partner.get("id"));

        long started = System.nanoTime();
        execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", 0))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UPSTREAM_UNAVAILABLE"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(HUNG_PEER_BUDGET);
        assertThat(read(partner.get("id"))).isEqualTo(partner);
    }

    @Test
    void aPeerThatIsDownGivesUpstreamUnavailableAtOnceAndArchivesNothing() {
        Map<String, Object> partner = create("Orphan");
        ventures.goDown();

        long started = System.nanoTime();
        execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", 0))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UPSTREAM_UNAVAILABLE"))
                .body("errors[0].message", containsString("ventures-service"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(read(partner.get("id"))).isEqualTo(partner);
    }

    @Test
    void afterRepeatedFailuresTheBreakerAnswersWithoutAskingThePeer() {
        Map<String, Object> partner = create("Breaker");
        ventures.goDown();
        for (int attempt = 0; attempt < 4; attempt++) {
            execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", 0))
                    .body("errors[0].extensions.code", equalTo("UPSTREAM_UNAVAILABLE"));
        }
        ventures.comeBack();
        int asked = ventures.requestCount();

        execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", 0))
                .body("errors[0].extensions.code", equalTo("UPSTREAM_UNAVAILABLE"));

        assertThat(ventures.requestCount()).isEqualTo(asked);
        assertThat(read(partner.get("id"))).containsEntry("archived", false);
    }

    @Test
    void aStaleVersionIsAConflictWithoutAskingThePeer() {
        Map<String, Object> partner = create("Stale");
        int asked = ventures.requestCount();

        execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", 7))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("expectedVersion"));

        assertThat(ventures.requestCount()).isEqualTo(asked);
        assertThat(read(partner.get("id"))).isEqualTo(partner);
    }

    @Test
    void archivingTwiceIsAConflict() {
        Map<String, Object> partner = create("Twice");
        execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", 0))
                .body("data.archivePartner.archived", equalTo(true));

        execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", 1))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("already archived"));
    }

    @Test
    void anUnknownPartnerIsNotFound() {
        execute(ARCHIVE, variables("id", randomId(), "expectedVersion", 0))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.field", equalTo("id"));
    }
}
