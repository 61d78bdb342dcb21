package io.jvplatform.ventures.support;

import io.jvplatform.devstack.KeycloakRealm;
import io.restassured.path.json.JsonPath;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.postAs;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static org.hamcrest.Matchers.nullValue;

/** Ownership proposals through this service's GraphQL API. */
public final class Proposals {

    public static final String FIELDS = """
            id ventureId type status basedOnVersion effectiveDate reason stale
            stakes { partner { id } percentage } from { id } to { id } percentage
            resultingOwnership { asOf ledgerVersion parity stakes { partner { id } percentage } }
            proposedBy proposedAt expiresAt decidedBy decidedAt decisionReason appliedVersion
            """;

    public static final String PROPOSE_SET = """
            mutation ProposeSet($ventureId: ID!, $input: SetOwnershipInput!) {
              proposeSetOwnership(ventureId: $ventureId, input: $input) { %s }
            }
            """.formatted(FIELDS);

    public static final String PROPOSE_TRANSFER = """
            mutation ProposeTransfer($ventureId: ID!, $input: TransferStakeInput!) {
              proposeTransferStake(ventureId: $ventureId, input: $input) { %s }
            }
            """.formatted(FIELDS);

    public static final String APPROVE = """
            mutation Approve($id: ID!) { approveOwnershipProposal(id: $id) { %s } }
            """.formatted(FIELDS);

    public static final String REJECT = """
            mutation Reject($id: ID!, $reason: String!) { rejectOwnershipProposal(id: $id, reason: $reason) { %s } }
            """.formatted(FIELDS);

    public static final String WITHDRAW = """
            mutation Withdraw($id: ID!) { withdrawOwnershipProposal(id: $id) { %s } }
            """.formatted(FIELDS);

    public static final String REQUIRE_APPROVAL = """
            mutation Require($ventureId: ID!, $required: Boolean!) {
              setOwnershipApprovalRequired(ventureId: $ventureId, required: $required)
            }
            """;

    public static final String PROPOSALS = """
            query Proposals($id: ID!) {
              venture(id: $id) {
                ledgerVersion ownershipApprovalRequired
                pendingChanges { %1$s }
                ownershipProposals { %1$s }
              }
            }
            """.formatted(FIELDS);

    private Proposals() {
    }

    /** Switches the four-eyes rule on or off for the venture, as the admin. */
    public static void requireApproval(String ventureId, boolean required) {
        postAs(KeycloakRealm.ADMIN, REQUIRE_APPROVAL, vars("ventureId", ventureId, "required", required)).body("errors", nullValue());
    }

    /** Proposes a new cap table as {@code admin}; returns the proposal's id. */
    public static String proposeSet(String admin, String ventureId, Object input) {
        return json(postAs(admin, PROPOSE_SET, vars("ventureId", ventureId, "input", input)).body("errors", nullValue()))
                .getString("data.proposeSetOwnership.id");
    }

    /** Proposes a transfer as {@code admin}; returns the proposal's id. */
    public static String proposeTransfer(String admin, String ventureId, Object input) {
        return json(postAs(admin, PROPOSE_TRANSFER, vars("ventureId", ventureId, "input", input)).body("errors", nullValue()))
                .getString("data.proposeTransferStake.id");
    }

    public static JsonPath of(String ventureId) {
        return json(postAs(KeycloakRealm.VIEWER, PROPOSALS, vars("id", ventureId)).body("errors", nullValue()));
    }
}
