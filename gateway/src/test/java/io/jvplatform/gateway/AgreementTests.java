package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.DownstreamCalls;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Ventures;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Capacity agreements through the gateway: OpenAI's two deals, {@code Partner.agreements} for a
 * whole page of partners in one ventures-service call, a partner user's scope (only agreements its
 * partner is a party to) and the roles that may write.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class AgreementTests {

    private static final GraphQL.Client NSCALE_USER = GraphQL.as(KeycloakRealm.PARTNER);

    private static final String PARTNERS_WITH_AGREEMENTS = """
            query PartnersWithAgreements {
              partners(filter: {kind: INFRASTRUCTURE_PROVIDER}, first: 100) {
                edges { node { name agreements { name capacityMw value { amount currency } parties { role partner { name } } } } }
              }
            }
            """;
    private static final String PARTNER_AGREEMENTS = """
            query PartnerAgreements($id: ID!) { partner(id: $id) { name agreements { id name } } }
            """;
    private static final String AGREEMENTS = """
            query Agreements($filter: AgreementFilter) {
              agreements(filter: $filter, first: 100) { totalCount edges { node { id name parties { role partner { name } } } } }
            }
            """;
    private static final String AGREEMENT = """
            query Agreement($id: ID!) { agreement(id: $id) { id name sources { title } } }
            """;
    private static final String CREATE = """
            mutation Create($input: AgreementInput!) { createAgreement(input: $input) { id name version parties { partner { name } } } }
            """;

    @Inject
    MeterRegistry registry;

    @Test
    void openAiHasItsTwoCapacityDealsWithTheSourcesFigures() {
        JsonPath read = GraphQL.as(KeycloakRealm.VIEWER).ok("""
                query OpenAi($id: ID!) {
                  partner(id: $id) { agreements { name status capacityMw value { amount currency } parties { role partner { name } } sources { title } } }
                }
                """, vars("id", Ventures.partnerId(Demo.OPENAI)));

        List<Map<String, Object>> deals = read.getList("data.partner.agreements");
        assertThat(read.getList("data.partner.agreements.name")).contains(Demo.COREWEAVE_AGREEMENT, Demo.ORACLE_AGREEMENT);
        Map<String, Object> oracle = deals.stream().filter(d -> Demo.ORACLE_AGREEMENT.equals(d.get("name"))).findFirst().orElseThrow();
        Map<String, Object> coreWeave = deals.stream().filter(d -> Demo.COREWEAVE_AGREEMENT.equals(d.get("name"))).findFirst().orElseThrow();
        assertThat(new BigDecimal(String.valueOf(oracle.get("capacityMw")))).isEqualByComparingTo("4500");
        assertThat(oracle.get("value")).isNull();
        assertThat(oracle.get("parties").toString()).contains(Demo.OPENAI, Demo.ORACLE, "BUYER", "PROVIDER");
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) coreWeave.get("value");
        assertThat(new BigDecimal(String.valueOf(value.get("amount")))).isEqualByComparingTo("11900000000");
        assertThat(value.get("currency")).isEqualTo("USD");
        assertThat(coreWeave.get("capacityMw")).isNull();
    }

    @Test
    void partnerAgreementsOfAWholePageCostOneVenturesCallAndOnePartnersCallPerLevel() {
        DownstreamCalls calls = new DownstreamCalls(registry);
        DownstreamCalls.Snapshot before = calls.snapshot();
        JsonPath page = GraphQL.ok(PARTNERS_WITH_AGREEMENTS, Map.of());
        DownstreamCalls.Snapshot used = calls.snapshot().minus(before);

        List<Map<String, Object>> partners = page.getList("data.partners.edges.node");
        // Nscale, Oracle and CoreWeave at least (the demo's infrastructure providers)
        assertThat(partners.size()).isGreaterThanOrEqualTo(3);
        Map<String, Object> oracle = partners.stream().filter(p -> Demo.ORACLE.equals(p.get("name"))).findFirst().orElseThrow();
        assertThat(oracle.get("agreements").toString()).contains(Demo.ORACLE_AGREEMENT, Demo.OPENAI)
                .doesNotContain(Demo.COREWEAVE_AGREEMENT);
        Map<String, Object> coreWeave = partners.stream().filter(p -> Demo.COREWEAVE.equals(p.get("name"))).findFirst().orElseThrow();
        assertThat(coreWeave.get("agreements").toString()).contains(Demo.COREWEAVE_AGREEMENT).doesNotContain(Demo.ORACLE_AGREEMENT);
        // level 1: partners; level 2: agreementsOfPartners for all of them; level 3: the parties' names
        assertThat(used.ventures()).isEqualTo(1);
        assertThat(used.partners()).isEqualTo(2);
    }

    @Test
    void aPartnerUserSeesOnlyTheAgreementsItsPartnerIsAPartyTo() {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String oracle = Ventures.partnerId(Demo.ORACLE);
        String openAi = Ventures.partnerId(Demo.OPENAI);
        JsonPath created = GraphQL.as(KeycloakRealm.EDITOR).ok(CREATE, vars("input", Map.of("name", "Nscale–Oracle test deal",
                "status", "SIGNED", "capacityMw", "10",
                "parties", List.of(Map.of("partnerId", nscale, "role", "BUYER"), Map.of("partnerId", oracle, "role", "PROVIDER")))));
        String own = created.getString("data.createAgreement.id");
        String foreign = GraphQL.ok(AGREEMENTS, vars("filter", Map.of("partnerId", openAi)))
                .getString("data.agreements.edges.node.find { it.name == '" + Demo.ORACLE_AGREEMENT + "' }.id");

        JsonPath list = NSCALE_USER.ok(AGREEMENTS, vars("filter", null));
        assertThat(list.getList("data.agreements.edges.node.id")).contains(own).doesNotContain(foreign);
        assertThat(list.getInt("data.agreements.totalCount")).isEqualTo(list.getList("data.agreements.edges").size());

        JsonPath withOracle = NSCALE_USER.ok(AGREEMENTS, vars("filter", Map.of("partnerId", oracle)));
        assertThat(withOracle.getList("data.agreements.edges.node.id")).containsExactly(own);

        JsonPath hidden = NSCALE_USER.execute(AGREEMENT, vars("id", foreign));
        assertThat((Object) hidden.get("data.agreement")).isNull();
        assertThat(hidden.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(hidden.getString("errors[0].message")).isEqualTo("no agreement with id " + foreign);
        assertThat(NSCALE_USER.ok(AGREEMENT, vars("id", own)).getString("data.agreement.name")).isEqualTo("Nscale–Oracle test deal");

        assertThat(NSCALE_USER.ok(PARTNER_AGREEMENTS, vars("id", openAi)).getList("data.partner.agreements")).isEmpty();
        assertThat(NSCALE_USER.ok(PARTNER_AGREEMENTS, vars("id", oracle)).getList("data.partner.agreements.id"))
                .containsExactly(own);
        // nothing the gateway asked for itself leaks into the answer
        assertThat(NSCALE_USER.ok(AGREEMENT, vars("id", own)).prettify()).doesNotContain("_jv");
    }

    @Test
    void onlyEditorsAndAdminsWriteAgreementsAndEveryReaderNeedsAToken() {
        Map<String, Object> input = Map.of("name", "Refused deal", "status", "ANNOUNCED",
                "parties", List.of(Map.of("partnerId", Ventures.partnerId(Demo.OPENAI), "role", "BUYER"),
                        Map.of("partnerId", Ventures.partnerId(Demo.COREWEAVE), "role", "PROVIDER")));
        for (String user : List.of(KeycloakRealm.VIEWER, KeycloakRealm.PARTNER)) {
            JsonPath refused = GraphQL.as(user).execute(CREATE, vars("input", input));
            assertThat(refused.getString("errors[0].extensions.code")).as(user).isEqualTo("FORBIDDEN");
        }
        JsonPath anonymous = GraphQL.anonymous().execute(AGREEMENTS, vars("filter", null));
        assertThat(anonymous.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQL.ok(AGREEMENTS, vars("filter", null)).getList("data.agreements.edges.node.name"))
                .doesNotContain("Refused deal");
    }
}
