package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Ventures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Writes go through to the services; their refusals come back intact and nothing is written. */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class MutationTests {

    private static final String UNKNOWN_COUNTRY = "XX";
    private static final String BAD_LEI = "5493001KJTIIGC8Y1R13";

    private static final String CREATE_VENTURE = """
            mutation CreateVenture($input: VentureInput!) { createVenture(input: $input) { id name } }
            """;
    private static final String CREATE_PARTNER = """
            mutation CreatePartner($input: PartnerInput!) { createPartner(input: $input) { id name kind } }
            """;
    private static final String SET_OWNERSHIP = """
            mutation SetOwnership($ventureId: ID!, $input: SetOwnershipInput!) {
              setOwnership(ventureId: $ventureId, input: $input) { ledgerVersion parity stakes { percentage partner { name } } }
            }
            """;
    private static final String ADD_PARTICIPANT = """
            mutation AddParticipant($ventureId: ID!, $partnerId: ID!, $role: ParticipantRole!) {
              addParticipant(ventureId: $ventureId, partnerId: $partnerId, role: $role) {
                name participants { role partner { name } }
              }
            }
            """;
    private static final String VENTURE_COUNT = """
            query Count($filter: VentureFilter) { ventures(filter: $filter) { totalCount } }
            """;
    private static final String PARTNER_COUNT = """
            query Count($filter: PartnerFilter) { partners(filter: $filter) { totalCount } }
            """;
    private static final String OWNERSHIP = """
            query Ownership($id: ID!) { venture(id: $id) { ownership { ledgerVersion stakes { percentage } } } }
            """;

    @Test
    void aVentureWithAnUnknownJurisdictionGetsTheServicesErrorAndIsNotWritten() {
        String name = "Refused venture";

        JsonPath result = GraphQL.execute(CREATE_VENTURE, vars("input", Map.of("name", name,
                "jurisdiction", UNKNOWN_COUNTRY, "status", "ANNOUNCED")));

        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(result.getString("errors[0].extensions.field")).isEqualTo("input.jurisdiction");
        assertThat(result.getList("errors[0].path")).containsExactly("createVenture");
        assertThat((Object) result.get("data.createVenture")).isNull();
        assertThat(GraphQL.ok(VENTURE_COUNT, vars("filter", Map.of("search", name))).getInt("data.ventures.totalCount"))
                .isZero();
    }

    @Test
    void stakesThatDoNotAddUpToAHundredAreRefusedAndTheLedgerStaysAsItWas() {
        String ventureId = Ventures.create("Ninety percent venture", "Mutations", "ANNOUNCED");
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String aker = Ventures.partnerId(Demo.AKER);

        JsonPath result = GraphQL.execute(SET_OWNERSHIP, vars("ventureId", ventureId, "input", Map.of(
                "basedOnVersion", 0, "effectiveDate", "2025-07-31", "reason", "Founding",
                "stakes", List.of(Map.of("partnerId", nscale, "percentage", "45.0000"),
                        Map.of("partnerId", aker, "percentage", "45.0000")))));

        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(result.getString("errors[0].extensions.field")).startsWith("input.stakes");
        JsonPath ownership = GraphQL.ok(OWNERSHIP, vars("id", ventureId));
        assertThat(ownership.getInt("data.venture.ownership.ledgerVersion")).isZero();
        assertThat(ownership.getList("data.venture.ownership.stakes")).isEmpty();
    }

    @Test
    void aStaleLedgerVersionIsAConflict() {
        String ventureId = Ventures.create("Conflicted venture", "Mutations", "ANNOUNCED");
        String nscale = Ventures.partnerId(Demo.NSCALE);
        Map<String, Object> founding = Map.of("basedOnVersion", 0, "effectiveDate", "2025-07-31", "reason", "Founding",
                "stakes", List.of(Map.of("partnerId", nscale, "percentage", "100.0000")));
        GraphQL.ok(SET_OWNERSHIP, vars("ventureId", ventureId, "input", founding));

        JsonPath stale = GraphQL.execute(SET_OWNERSHIP, vars("ventureId", ventureId, "input", founding));

        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(GraphQL.ok(OWNERSHIP, vars("id", ventureId)).getInt("data.venture.ownership.ledgerVersion")).isEqualTo(1);
    }

    @Test
    void aPartnerWithABadLeiOrATakenNameIsRefusedAndNotWritten() {
        String name = "Bad LEI Holdings";

        JsonPath badLei = GraphQL.execute(CREATE_PARTNER, vars("input", Map.of("name", name, "country", "NO",
                "kind", "INVESTOR", "lei", BAD_LEI)));
        JsonPath taken = GraphQL.execute(CREATE_PARTNER, vars("input", Map.of("name", Demo.NSCALE.toUpperCase(),
                "country", "GB", "kind", "INVESTOR")));

        assertThat(badLei.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(badLei.getString("errors[0].extensions.field")).isEqualTo("input.lei");
        assertThat(taken.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(taken.getString("errors[0].extensions.field")).isEqualTo("input.name");
        assertThat(GraphQL.ok(PARTNER_COUNT, vars("filter", Map.of("search", name))).getInt("data.partners.totalCount"))
                .isZero();
    }

    @Test
    void aNewPartnerCanTakeARoleInAVentureAndShowsWithItsName() {
        String partnerId = GraphQL.ok(CREATE_PARTNER, vars("input", Map.of("name", "Narvik Grid Utility",
                "country", "NO", "kind", "UTILITY"))).getString("data.createPartner.id");
        String ventureId = Ventures.create("Grid venture", "Mutations", "ANNOUNCED");

        JsonPath result = GraphQL.ok(ADD_PARTICIPANT, vars("ventureId", ventureId, "partnerId", partnerId,
                "role", "ANCHOR_TENANT"));

        assertThat(result.getList("data.addParticipant.participants.partner.name")).containsExactly("Narvik Grid Utility");
        assertThat(result.getList("data.addParticipant.participants.role")).containsExactly("ANCHOR_TENANT");
    }
}
