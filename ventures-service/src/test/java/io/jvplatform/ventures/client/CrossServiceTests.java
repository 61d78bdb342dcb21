package io.jvplatform.ventures.client;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.ServiceProcess;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersService;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static io.jvplatform.ventures.support.Ventures.stake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** ventures-service and the real partners-service, each asking the other. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class CrossServiceTests {

    @PartnersService
    ServiceProcess partnersService;

    @Test
    void archivingAPartnerThatHoldsAStakeIsAConflict() {
        String holder = Partners.create("Holder");
        String venture = Ventures.create("Held venture");
        Ventures.setOwnership(venture, Ventures.setInput(0, "2025-07-31", List.of(stake(holder, "100"))));

        Partners.archive(holder, Partners.version(holder))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));

        assertThat(json(Partners.archive(holder, Partners.version(holder))).getString("data")).isNull();
    }

    @Test
    void archivingAPartnerWithoutStakesWorks() {
        String idle = Partners.create("Idle");

        Partners.archive(idle, Partners.version(idle))
                .body("errors", nullValue())
                .body("data.archivePartner.archived", equalTo(true));
    }

    @Test
    void withPartnersServiceDownAStakeFailsFastAndNothingIsWritten() {
        String owner = Partners.create("Owner");
        String venture = Ventures.create("Venture during an outage");
        var input = vars("ventureId", venture, "input", Ventures.setInput(0, "2025-07-31", List.of(stake(owner, "100"))));

        partnersService.stop();
        try {
            Instant start = Instant.now();
            post(Ventures.SET_OWNERSHIP, input)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("UPSTREAM_UNAVAILABLE"));
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
            assertThat(Ventures.ledgerVersion(venture)).isZero();
        } finally {
            partnersService.start();
        }

        JsonPath done = awaitSuccess(input);
        assertThat(done.getInt("data.setOwnership.ledgerVersion")).isEqualTo(1);
        assertThat(Ventures.ledgerVersion(venture)).isEqualTo(1);
    }

    /** Right after the restart the circuit breaker may still be open for a moment (its delay is 3 s). */
    private static JsonPath awaitSuccess(java.util.Map<String, Object> input) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonPath answer = json(post(Ventures.SET_OWNERSHIP, input));
            if (answer.getList("errors") == null || Instant.now().isAfter(deadline)) {
                return answer;
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
