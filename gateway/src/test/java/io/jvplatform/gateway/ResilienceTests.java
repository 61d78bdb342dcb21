package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.jvplatform.devstack.ServiceProcess;
import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PartnersProcess;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Queries;
import io.jvplatform.gateway.support.SwitchableProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** partners-service stopped or hung: the gateway answers with what it has, fast, and heals by itself. */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class ResilienceTests {

    private static final Map<String, Object> NORWAY = vars("filter", Map.of("search", Demo.STARGATE_NORWAY), "first", 5);
    private static final List<Object> FIRST_STAKE_PARTNER = List.of("ventures", "edges", 0, "node", "ownership", "stakes", 0, "partner");
    /** The facades' 2 s timeout plus room for a loaded 2-core machine. */
    private static final Duration TIMEOUT_WITH_SLACK = Duration.ofMillis(3500);
    /** Circuit breaker delay (3 s) plus a JVM's first requests. */
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    @PartnersProcess
    ServiceProcess partners;

    @AfterEach
    void bringPartnersServiceBack() {
        SwitchableProxy.hang(false);
        partners.start();
        awaitFullDashboard();
    }

    @Test
    void withPartnersServiceStoppedVenturesStillShowWithoutTheirPartners() {
        partners.stop();

        JsonPath result = GraphQL.execute(Queries.DASHBOARD, NORWAY);

        assertThat(result.getString("data.ventures.edges[0].node.name")).isEqualTo(Demo.STARGATE_NORWAY);
        assertThat(result.getList("data.ventures.edges[0].node.ownership.stakes.percentage")).hasSize(2);
        assertThat(result.getList("data.ventures.edges[0].node.ownership.stakes.partner")).containsOnlyNulls();
        assertThat(result.getList("data.ventures.edges[0].node.fundingPhases.name")).contains(Demo.PHASE_1);
        assertThat(result.getList("errors.extensions.code")).isNotEmpty().containsOnly("UPSTREAM_UNAVAILABLE");
        assertThat(result.getList("errors.extensions.service")).containsOnly("partners-service");
        assertThat(result.getList("errors.path")).contains(FIRST_STAKE_PARTNER);
    }

    @Test
    void afterARestartTheGatewayShowsPartnersAgainByItself() {
        partners.stop();
        assertThat(GraphQL.execute(Queries.DASHBOARD, NORWAY).getList("errors")).isNotEmpty();

        partners.start();

        JsonPath result = awaitFullDashboard();
        assertThat(result.getList("data.ventures.edges[0].node.ownership.stakes.partner.name"))
                .containsExactlyInAnyOrder(Demo.NSCALE, Demo.AKER);
    }

    @Test
    void aPartnersServiceThatNeverAnswersCostsAnErrorWithinTheTimeout() {
        SwitchableProxy.hang(true);

        long start = System.nanoTime();
        JsonPath result = GraphQL.execute(Queries.DASHBOARD, NORWAY);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(TIMEOUT_WITH_SLACK);
        assertThat(result.getString("data.ventures.edges[0].node.name")).isEqualTo(Demo.STARGATE_NORWAY);
        assertThat(result.getList("data.ventures.edges[0].node.ownership.stakes.partner")).containsOnlyNulls();
        assertThat(result.getList("errors.extensions.code")).isNotEmpty().containsOnly("UPSTREAM_UNAVAILABLE");
        assertThat(result.getList("errors.path")).contains(FIRST_STAKE_PARTNER);
    }

    private static JsonPath awaitFullDashboard() {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (true) {
            JsonPath result = GraphQL.execute(Queries.DASHBOARD, NORWAY);
            if (result.get("errors") == null) {
                return result;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the gateway did not recover within " + RECOVERY + ": " + result.prettify());
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
