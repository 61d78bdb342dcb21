package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Queries;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class DashboardTests {

    private static final BigDecimal FIFTY = new BigDecimal("50");
    private static final BigDecimal ONE_BILLION = new BigDecimal("1000000000");
    private static final BigDecimal FIVE_HUNDRED_MILLION = new BigDecimal("500000000");

    @Test
    void dashboardShowsStargateNorwayAsSeeded() {
        JsonPath result = GraphQL.ok(Queries.DASHBOARD,
                vars("filter", Map.of("search", Demo.STARGATE_NORWAY), "first", 10));

        JsonPath venture = result.setRootPath("data.ventures.edges.find { it.node.name == '" + Demo.STARGATE_NORWAY + "' }.node");
        assertThat(venture.getString("program")).isEqualTo(Demo.PROGRAM);
        assertThat(venture.getString("status")).isEqualTo("ACTIVE");
        assertThat(venture.getString("jurisdiction")).isEqualTo("NO");
        assertThat(venture.getString("site.name")).isEqualTo("Narvik");
        assertThat(venture.getBoolean("ownership.parity")).isTrue();
        assertThat(venture.getList("ownership.stakes.partner.name")).containsExactlyInAnyOrder(Demo.NSCALE, Demo.AKER);
        assertThat(decimals(venture.getList("ownership.stakes.percentage"))).allSatisfy(p -> assertThat(p).isEqualByComparingTo(FIFTY));

        assertThat(venture.getList("fundingPhases.name")).containsExactly(Demo.PHASE_1, Demo.EXPANSION);
        assertThat(venture.getString("fundingPhases[0].kind")).isEqualTo("INITIAL");
        assertThat(venture.getString("fundingPhases[0].status")).isEqualTo("COMMITTED");
        assertThat(decimal(venture.get("fundingPhases[0].committedCapital.amount"))).isEqualByComparingTo(ONE_BILLION);
        assertThat(venture.getString("fundingPhases[0].committedCapital.currency")).isEqualTo("USD");
        assertThat(decimal(venture.get("fundingPhases[0].capacityMw"))).isEqualByComparingTo("230");
        assertThat(venture.getList("fundingPhases[0].commitments.partner.name"))
                .containsExactlyInAnyOrder(Demo.NSCALE, Demo.AKER);
        assertThat(decimals(venture.getList("fundingPhases[0].commitments.amount.amount")))
                .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo(FIVE_HUNDRED_MILLION));
        assertThat(venture.getList("fundingPhases[0].commitments.amount.currency")).containsOnly("USD");

        assertThat((Object) venture.get("fundingPhases[1].committedCapital")).isNull();
        assertThat(decimal(venture.get("fundingPhases[1].capacityMw"))).isEqualByComparingTo("290");
        assertThat(venture.getList("fundingPhases[1].commitments")).isEmpty();

        assertThat(venture.getList("totals.currency")).containsExactly("USD");
        assertThat(decimal(venture.get("totals[0].amount"))).isEqualByComparingTo(ONE_BILLION);
    }

    @Test
    void theStargateBrandCoversThreeVenturesWithDifferentOwners() {
        JsonPath result = GraphQL.ok(Queries.DASHBOARD, vars("filter", Map.of("program", Demo.PROGRAM), "first", 10));

        assertThat(result.getList("data.ventures.edges.node.name"))
                .contains(Demo.STARGATE_NORWAY, Demo.STARGATE_US, Demo.STARGATE_UAE);
        assertThat(result.getList("data.ventures.edges.find { it.node.name == 'Stargate' }.node.ownership.stakes.partner.name"))
                .containsExactlyInAnyOrder(Demo.SOFTBANK, Demo.OPENAI);
        assertThat(result.getList("data.ventures.edges.find { it.node.name == 'Stargate UAE' }.node.ownership.stakes"))
                .isEmpty();
    }

    @Test
    void aPartnerShowsTheVenturesItOwnsOrServes() {
        JsonPath result = GraphQL.ok("""
                query PartnerVentures($filter: PartnerFilter) {
                  partners(filter: $filter, first: 5) {
                    totalCount
                    edges { node { name country kind ventures { name participants { role partner { name } } } } }
                  }
                }
                """, vars("filter", Map.of("search", Demo.OPENAI)));

        assertThat(result.getString("data.partners.edges[0].node.name")).isEqualTo(Demo.OPENAI);
        assertThat(result.getList("data.partners.edges[0].node.ventures.name"))
                .contains(Demo.STARGATE_NORWAY, Demo.STARGATE_US, Demo.STARGATE_UAE);
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }

    private static List<BigDecimal> decimals(List<Object> values) {
        return values.stream().map(DashboardTests::decimal).toList();
    }
}
