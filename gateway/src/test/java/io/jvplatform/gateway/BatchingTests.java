package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.DownstreamCalls;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Queries;
import io.jvplatform.gateway.support.Ventures;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * No N+1: the dashboard costs the same few downstream calls for 5 ventures as for 50, read
 * from the gateway's own per-service request counter.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class BatchingTests {

    private static final String PROGRAM = "Batching";
    private static final int VENTURES = 50;
    private static final long MAX_CALLS = 4;

    private static boolean created;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void createFiftyOwnedVenturesOnce() {
        if (!created) {
            String nscale = Ventures.partnerId(Demo.NSCALE);
            String aker = Ventures.partnerId(Demo.AKER);
            for (int i = 0; i < VENTURES; i++) {
                Ventures.createOwnedWithPhase(String.format("Batching %02d", i), PROGRAM, nscale, aker);
            }
            created = true;
        }
    }

    @Test
    void aPageOfFiftyCostsNoMoreDownstreamCallsThanAPageOfFive() {
        DownstreamCalls.Snapshot five = dashboardCalls(5);
        DownstreamCalls.Snapshot fifty = dashboardCalls(50);
        Log.infof("downstream calls for the dashboard: 5 ventures %s, 50 ventures %s", five, fifty);

        assertThat(fifty).isEqualTo(five);
        assertThat(fifty.total()).isLessThanOrEqualTo(MAX_CALLS);
        assertThat(fifty.ventures()).isEqualTo(1);
        assertThat(fifty.partners()).isEqualTo(1);
    }

    private DownstreamCalls.Snapshot dashboardCalls(int first) {
        DownstreamCalls calls = new DownstreamCalls(registry);
        DownstreamCalls.Snapshot before = calls.snapshot();
        JsonPath page = GraphQL.ok(Queries.DASHBOARD, vars("filter", Map.of("program", PROGRAM), "first", first));
        DownstreamCalls.Snapshot used = calls.snapshot().minus(before);

        assertThat(page.getList("data.ventures.edges")).hasSize(first);
        assertThat(page.getList("data.ventures.edges.node.ownership.stakes.partner.name").toString())
                .contains(Demo.NSCALE, Demo.AKER);
        assertThat(page.getList("data.ventures.edges.node.fundingPhases.commitments.partner.name").toString())
                .contains(Demo.NSCALE, Demo.AKER).doesNotContain("null");
        return used;
    }
}
