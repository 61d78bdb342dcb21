package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
 * Ownership changes under four eyes through the gateway, with real Keycloak tokens of two admins:
 * one proposes, the other approves; the proposer cannot approve; a viewer can do neither. The
 * resulting table's partners are filled from partners-service like any cap table's.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class OwnershipProposalTests {

    private static final String REQUIRE_APPROVAL = """
            mutation Require($ventureId: ID!, $required: Boolean!) {
              setOwnershipApprovalRequired(ventureId: $ventureId, required: $required)
            }
            """;
    private static final String PROPOSE_TRANSFER = """
            mutation Propose($ventureId: ID!, $input: TransferStakeInput!) {
              proposeTransferStake(ventureId: $ventureId, input: $input) {
                id status proposedBy stale from { name } to { name } percentage
                resultingOwnership { ledgerVersion stakes { partner { name } percentage } }
              }
            }
            """;
    private static final String APPROVE = """
            mutation Approve($id: ID!) { approveOwnershipProposal(id: $id) { id status decidedBy appliedVersion } }
            """;
    private static final String TRANSFER_STAKE = """
            mutation TransferStake($ventureId: ID!, $input: TransferStakeInput!) {
              transferStake(ventureId: $ventureId, input: $input) { ledgerVersion }
            }
            """;
    private static final String VENTURE = """
            query Venture($id: ID!) {
              venture(id: $id) {
                name ledgerVersion ownershipApprovalRequired
                pendingChanges { id status resultingOwnership { stakes { partner { name } percentage } } }
                ownershipHistory { version type actor approvedBy }
              }
            }
            """;
    private static final String NORWAY = """
            query Norway { ventures(filter: {search: "Stargate Norway"}, first: 1) { edges { node { id } } } }
            """;

    private final GraphQL.Client admin = GraphQL.as(KeycloakRealm.ADMIN);
    private final GraphQL.Client secondAdmin = GraphQL.as(KeycloakRealm.SECOND_ADMIN);
    private final GraphQL.Client viewer = GraphQL.as(KeycloakRealm.VIEWER);

    @Test
    void oneAdminProposesAndAnotherApprovesAndTheLedgerNamesBoth() {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String aker = Ventures.partnerId(Demo.AKER);
        String venture = underFourEyes("Four-eyes through the gateway", nscale, aker);

        JsonPath proposed = admin.ok(PROPOSE_TRANSFER, vars("ventureId", venture, "input", transfer(nscale, aker, "10.0000")));
        String id = proposed.getString("data.proposeTransferStake.id");
        assertThat(proposed.getString("data.proposeTransferStake.status")).isEqualTo("OPEN");
        assertThat(proposed.getString("data.proposeTransferStake.proposedBy")).isEqualTo(KeycloakRealm.ADMIN);
        assertThat(proposed.getString("data.proposeTransferStake.from.name")).isEqualTo(Demo.NSCALE);
        assertThat(proposed.getList("data.proposeTransferStake.resultingOwnership.stakes.partner.name"))
                .containsExactly(Demo.AKER, Demo.NSCALE);
        assertThat(decimals(proposed.getList("data.proposeTransferStake.resultingOwnership.stakes.percentage")))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("60"), new BigDecimal("40"));
        JsonPath pending = viewer.ok(VENTURE, vars("id", venture));
        assertThat(pending.getInt("data.venture.ledgerVersion")).as("not in the ledger before approval").isEqualTo(1);
        assertThat(pending.getList("data.venture.pendingChanges.id")).containsExactly(id);
        assertThat(pending.getList("data.venture.pendingChanges[0].resultingOwnership.stakes.partner.name"))
                .containsExactly(Demo.AKER, Demo.NSCALE);

        JsonPath approved = secondAdmin.ok(APPROVE, vars("id", id));

        assertThat(approved.getString("data.approveOwnershipProposal.status")).isEqualTo("APPROVED");
        assertThat(approved.getString("data.approveOwnershipProposal.decidedBy")).isEqualTo(KeycloakRealm.SECOND_ADMIN);
        assertThat(approved.getInt("data.approveOwnershipProposal.appliedVersion")).isEqualTo(2);
        JsonPath after = viewer.ok(VENTURE, vars("id", venture));
        assertThat(after.getList("data.venture.pendingChanges")).isEmpty();
        assertThat(after.getString("data.venture.ownershipHistory[1].actor")).isEqualTo(KeycloakRealm.ADMIN);
        assertThat(after.getString("data.venture.ownershipHistory[1].approvedBy")).isEqualTo(KeycloakRealm.SECOND_ADMIN);
    }

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String aker = Ventures.partnerId(Demo.AKER);
        String venture = underFourEyes("Self-approval through the gateway", nscale, aker);
        String id = admin.ok(PROPOSE_TRANSFER, vars("ventureId", venture, "input", transfer(nscale, aker, "10.0000")))
                .getString("data.proposeTransferStake.id");

        JsonPath refused = admin.execute(APPROVE, vars("id", id));

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(refused.getString("errors[0].extensions.field")).isEqualTo("id");
        JsonPath read = viewer.ok(VENTURE, vars("id", venture));
        assertThat(read.getInt("data.venture.ledgerVersion")).isEqualTo(1);
        assertThat(read.getList("data.venture.pendingChanges.status")).containsExactly("OPEN");
    }

    @Test
    void aViewerCanNeitherProposeNorApproveNorChangeTheSetting() {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String aker = Ventures.partnerId(Demo.AKER);
        String venture = underFourEyes("Viewer and four eyes", nscale, aker);
        String id = admin.ok(PROPOSE_TRANSFER, vars("ventureId", venture, "input", transfer(nscale, aker, "10.0000")))
                .getString("data.proposeTransferStake.id");

        for (JsonPath refused : List.of(
                viewer.execute(PROPOSE_TRANSFER, vars("ventureId", venture, "input", transfer(nscale, aker, "5.0000"))),
                viewer.execute(APPROVE, vars("id", id)),
                viewer.execute(REQUIRE_APPROVAL, vars("ventureId", venture, "required", false)))) {
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        }

        JsonPath read = viewer.ok(VENTURE, vars("id", venture));
        assertThat(read.getInt("data.venture.ledgerVersion")).isEqualTo(1);
        assertThat(read.getBoolean("data.venture.ownershipApprovalRequired")).isTrue();
        assertThat(read.getList("data.venture.pendingChanges.id")).containsExactly(id);
    }

    @Test
    void stargateNorwayNeedsASecondAdminAndRefusesADirectTransfer() {
        String norway = viewer.ok(NORWAY, vars()).getString("data.ventures.edges[0].node.id");
        JsonPath before = viewer.ok(VENTURE, vars("id", norway));
        assertThat(before.getBoolean("data.venture.ownershipApprovalRequired")).isTrue();

        JsonPath refused = admin.execute(TRANSFER_STAKE, vars("ventureId", norway, "input", Map.of(
                "basedOnVersion", before.getInt("data.venture.ledgerVersion"), "effectiveDate", "2025-09-01",
                "reason", "Direct", "fromPartnerId", Ventures.partnerId(Demo.NSCALE),
                "toPartnerId", Ventures.partnerId(Demo.AKER), "percentage", "1.0000")));

        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("APPROVAL_REQUIRED");
        assertThat(refused.getString("errors[0].extensions.field")).isEqualTo("ventureId");
        assertThat(viewer.ok(VENTURE, vars("id", norway)).getInt("data.venture.ledgerVersion"))
                .isEqualTo(before.getInt("data.venture.ledgerVersion"));
    }

    private String underFourEyes(String name, String nscale, String aker) {
        String venture = Ventures.createOwnedWithPhase(name, "FourEyes", nscale, aker);
        admin.ok(REQUIRE_APPROVAL, vars("ventureId", venture, "required", true));
        return venture;
    }

    private static Map<String, Object> transfer(String from, String to, String percentage) {
        return Map.of("basedOnVersion", 1, "effectiveDate", "2025-09-01", "reason", "Aker buys 10 %",
                "fromPartnerId", from, "toPartnerId", to, "percentage", percentage);
    }

    private static List<BigDecimal> decimals(List<Object> values) {
        return values.stream().map(value -> new BigDecimal(String.valueOf(value))).toList();
    }
}
