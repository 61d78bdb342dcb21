package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Ventures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The demo user {@code partner} works for Nscale: it sees Stargate Norway (Nscale holds half of
 * it and builds it) and never Stargate in the US (SoftBank and OpenAI), whichever way a query
 * reaches a venture. A venture out of scope is NOT_FOUND, exactly like one that does not exist.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class PartnerScopingTests {

    private static final GraphQL.Client NSCALE_USER = GraphQL.as(KeycloakRealm.PARTNER);
    private static final String UNKNOWN_VENTURE = "00000000-0000-0000-0000-000000000000";

    private static final String VENTURE = """
            query Venture($id: ID!) { venture(id: $id) { id name } }
            """;
    private static final String VENTURES = """
            query Ventures($filter: VentureFilter) { ventures(filter: $filter, first: 100) { totalCount edges { node { name } } } }
            """;
    private static final String VENTURES_OF_A_PARTNER = """
            query PartnerVentures($id: ID!) { partner(id: $id) { name ventures { name } } }
            """;
    private static final String ALIASES = """
            query Aliases($norway: ID!, $us: ID!) {
              norway: venture(id: $norway) { name }
              us: venture(id: $us) { name }
              all: ventures(first: 100) { edges { node { name } } }
            }
            """;
    private static final String FRAGMENTS = """
            query Fragments($us: ID!, $openAi: ID!) {
              ...Everything
            }
            fragment Everything on Query {
              venture(id: $us) { ...Named }
              ventures(first: 100) { edges { node { ...Named } } }
              partner(id: $openAi) { ventures { ...Named ownership { stakes { partner { ventures { ...Named } } } } } }
            }
            fragment Named on Venture { name }
            """;

    private String norway;
    private String us;

    @BeforeEach
    void findTheVentures() {
        JsonPath all = GraphQL.ok(VENTURES, vars("filter", Map.of("program", Demo.PROGRAM)));
        assertThat(all.getList("data.ventures.edges.node.name")).contains(Demo.STARGATE_NORWAY, Demo.STARGATE_US);
        norway = idOf(Demo.STARGATE_NORWAY);
        us = idOf(Demo.STARGATE_US);
    }

    @Test
    void byIdNorwayIsThereAndTheUsVentureIsNotFoundLikeAnUnknownOne() {
        assertThat(NSCALE_USER.ok(VENTURE, vars("id", norway)).getString("data.venture.name")).isEqualTo(Demo.STARGATE_NORWAY);

        JsonPath outOfScope = NSCALE_USER.execute(VENTURE, vars("id", us));
        JsonPath unknown = NSCALE_USER.execute(VENTURE, vars("id", UNKNOWN_VENTURE));

        assertThat((Object) outOfScope.get("data.venture")).isNull();
        assertThat(outOfScope.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(outOfScope.getString("errors[0].message")).isEqualTo("no venture with id " + us);
        assertThat(unknown.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(unknown.getString("errors[0].message")).isEqualTo("no venture with id " + UNKNOWN_VENTURE);
    }

    @Test
    void theListHoldsOnlyNscalesVenturesWithACountToMatch() {
        JsonPath page = NSCALE_USER.ok(VENTURES, vars("filter", null));

        assertThat(page.getList("data.ventures.edges.node.name", String.class)).contains(Demo.STARGATE_NORWAY)
                .doesNotContain(Demo.STARGATE_US, Demo.STARGATE_UAE);
        assertThat(page.getInt("data.ventures.totalCount")).isEqualTo(page.getList("data.ventures.edges").size());
    }

    @Test
    void filteringByAnotherPartnerGivesOnlyTheVenturesBothTakePartIn() {
        JsonPath withOpenAi = NSCALE_USER.ok(VENTURES, vars("filter", Map.of("partnerId", Ventures.partnerId(Demo.OPENAI))));

        assertThat(withOpenAi.getList("data.ventures.edges.node.name")).containsExactly(Demo.STARGATE_NORWAY);
    }

    @Test
    void aPartnersVenturesAreCutToTheScope() {
        JsonPath openAi = NSCALE_USER.ok(VENTURES_OF_A_PARTNER, vars("id", Ventures.partnerId(Demo.OPENAI)));
        JsonPath softBank = NSCALE_USER.ok(VENTURES_OF_A_PARTNER, vars("id", Ventures.partnerId(Demo.SOFTBANK)));

        // OpenAI takes part in all three Stargate ventures; the Nscale user sees the one Nscale is in
        assertThat(openAi.getList("data.partner.ventures.name")).containsExactly(Demo.STARGATE_NORWAY);
        assertThat(softBank.getString("data.partner.name")).isEqualTo(Demo.SOFTBANK);
        assertThat(softBank.getList("data.partner.ventures")).isEmpty();
    }

    @Test
    void aliasesGetNoMoreThanTheFieldsTheyRename() {
        JsonPath result = NSCALE_USER.execute(ALIASES, vars("norway", norway, "us", us));

        assertThat(result.getString("data.norway.name")).isEqualTo(Demo.STARGATE_NORWAY);
        assertThat((Object) result.get("data.us")).isNull();
        assertThat(result.getList("errors.path")).containsExactly(List.of("us"));
        assertThat(result.getList("errors.extensions.code")).containsExactly("NOT_FOUND");
        assertThat(result.getList("data.all.edges.node.name")).doesNotContain(Demo.STARGATE_US);
    }

    @Test
    void fragmentsReachNoVentureOutsideTheScopeAtAnyDepth() {
        JsonPath result = NSCALE_USER.execute(FRAGMENTS, vars("us", us, "openAi", Ventures.partnerId(Demo.OPENAI)));

        assertThat((Object) result.get("data.venture")).isNull();
        assertThat(result.getList("errors.extensions.code")).containsExactly("NOT_FOUND");
        // other tests give Nscale stakes in ventures of their own: those are in scope too
        assertThat(result.getList("data.ventures.edges.node.name", String.class)).contains(Demo.STARGATE_NORWAY)
                .doesNotContain(Demo.STARGATE_US, Demo.STARGATE_UAE);
        assertThat(result.getList("data.partner.ventures.name")).containsExactly(Demo.STARGATE_NORWAY);
        // Norway's owners (Nscale, Aker) and their ventures: still only Norway
        assertThat(flattened(result.getList("data.partner.ventures.ownership.stakes.partner.ventures.name")))
                .contains(Demo.STARGATE_NORWAY).doesNotContain(Demo.STARGATE_US, Demo.STARGATE_UAE);
    }

    @Test
    void aViewerSeesEveryVentureThroughTheSameQueries() {
        GraphQL.Client viewer = GraphQL.as(KeycloakRealm.VIEWER);

        assertThat(viewer.ok(VENTURE, vars("id", us)).getString("data.venture.name")).isEqualTo(Demo.STARGATE_US);
        assertThat(viewer.ok(VENTURES_OF_A_PARTNER, vars("id", Ventures.partnerId(Demo.OPENAI)))
                .getList("data.partner.ventures.name")).contains(Demo.STARGATE_NORWAY, Demo.STARGATE_US, Demo.STARGATE_UAE);
    }

    /** The leaves of the nested lists JsonPath makes of a path through lists. */
    private static List<Object> flattened(List<?> nested) {
        return nested.stream()
                .flatMap(item -> item instanceof List<?> list ? flattened(list).stream() : Stream.of(item))
                .toList();
    }

    private static String idOf(String name) {
        JsonPath page = GraphQL.ok("""
                query Named($filter: VentureFilter) { ventures(filter: $filter, first: 10) { edges { node { id name } } } }
                """, vars("filter", Map.of("search", name)));
        List<Map<String, Object>> nodes = page.getList("data.ventures.edges.node");
        return nodes.stream().filter(node -> name.equals(node.get("name"))).map(node -> (String) node.get("id"))
                .findFirst().orElseThrow();
    }
}
