package io.jvplatform.gateway.support;

import static io.jvplatform.gateway.support.GraphQL.vars;

import java.util.List;
import java.util.Map;

/** Creates test ventures and partners through the gateway's own mutations. */
public final class Ventures {

    private static final String CREATE_VENTURE = """
            mutation CreateVenture($input: VentureInput!) { createVenture(input: $input) { id } }
            """;
    private static final String SET_OWNERSHIP = """
            mutation SetOwnership($ventureId: ID!, $input: SetOwnershipInput!) {
              setOwnership(ventureId: $ventureId, input: $input) { ledgerVersion }
            }
            """;
    private static final String ADD_PHASE = """
            mutation AddPhase($ventureId: ID!, $input: FundingPhaseInput!) {
              addFundingPhase(ventureId: $ventureId, input: $input) { id }
            }
            """;
    private static final String PARTNER_IDS = """
            query PartnerIds($filter: PartnerFilter) { partners(filter: $filter, first: 1) { edges { node { id } } } }
            """;

    private Ventures() {
    }

    public static String create(String name, String program, String status) {
        return GraphQL.ok(CREATE_VENTURE, vars("input", Map.of("name", name, "jurisdiction", "NO",
                "program", program, "status", status))).getString("data.createVenture.id");
    }

    /** A venture owned 50/50 by two partners with one committed phase: what the dashboard shows. */
    public static String createOwnedWithPhase(String name, String program, String ownerA, String ownerB) {
        String id = create(name, program, "ACTIVE");
        GraphQL.ok(SET_OWNERSHIP, vars("ventureId", id, "input", Map.of("basedOnVersion", 0,
                "effectiveDate", "2025-07-31", "reason", "Founding",
                "stakes", List.of(Map.of("partnerId", ownerA, "percentage", "50.0000"),
                        Map.of("partnerId", ownerB, "percentage", "50.0000")))));
        GraphQL.ok(ADD_PHASE, vars("ventureId", id, "input", Map.of("name", "Phase 1", "ordinal", 1,
                "kind", "INITIAL", "status", "COMMITTED", "capacityMw", "100",
                "committedCapital", Map.of("amount", "200000000.00", "currency", "USD"))));
        return id;
    }

    public static String partnerId(String name) {
        return GraphQL.ok(PARTNER_IDS, vars("filter", Map.of("search", name))).getString("data.partners.edges[0].node.id");
    }
}
