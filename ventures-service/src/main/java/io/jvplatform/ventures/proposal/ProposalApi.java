package io.jvplatform.ventures.proposal;

import io.jvplatform.support.idempotency.Idempotency;
import io.jvplatform.support.security.Roles;
import io.jvplatform.support.security.SecurityRefusals;
import io.jvplatform.ventures.api.model.SetOwnershipInput;
import io.jvplatform.ventures.api.model.TransferStakeInput;
import io.jvplatform.ventures.api.model.Venture;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;

/** Ownership changes under four eyes: proposals, their decisions, and the per-venture setting. */
@GraphQLApi
@RolesAllowed({Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN})
@SecurityRefusals
public class ProposalApi {

    private static final String IDEMPOTENT = " Send an Idempotency-Key header to retry safely: the same key and input return the "
            + "first answer and write nothing; the same key with another input is CONFLICT (keys are kept 24 h, per user).";

    private final ProposalService proposals;
    private final Idempotency idempotency;

    ProposalApi(ProposalService proposals, Idempotency idempotency) {
        this.proposals = proposals;
        this.idempotency = idempotency;
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Proposes a whole new cap table, checked now as setOwnership would be (the same input rules and codes); "
            + "nothing reaches the ledger until another admin approves it. Open for jv.proposals.expiry (14 days)." + IDEMPOTENT)
    public @NonNull OwnershipProposal proposeSetOwnership(@NonNull @Id String ventureId, @NonNull SetOwnershipInput input) {
        return idempotency.once("proposeSetOwnership", Map.of("ventureId", ventureId, "input", input), OwnershipProposal.class,
                () -> proposals.proposeSet(ventureId, input));
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Proposes a transfer, checked now as transferStake would be; applied only when another admin approves it." + IDEMPOTENT)
    public @NonNull OwnershipProposal proposeTransferStake(@NonNull @Id String ventureId, @NonNull TransferStakeInput input) {
        return idempotency.once("proposeTransferStake", Map.of("ventureId", ventureId, "input", input), OwnershipProposal.class,
                () -> proposals.proposeTransfer(ventureId, input));
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Appends an open proposal to the ledger, checked again as the ledger stands now. FORBIDDEN for its own proposer; "
            + "CONFLICT when it is no longer open (e.g. another admin approved it first) or the ledger moved past its basedOnVersion "
            + "(propose again); PROPOSAL_EXPIRED after expiresAt")
    public @NonNull OwnershipProposal approveOwnershipProposal(@NonNull @Id String id) {
        return proposals.approve(id);
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Rejects an open proposal with a reason (required); FORBIDDEN for its own proposer (withdraw it instead)")
    public @NonNull OwnershipProposal rejectOwnershipProposal(@NonNull @Id String id, @NonNull String reason) {
        return proposals.reject(id, reason);
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Withdraws an open proposal; only its proposer may")
    public @NonNull OwnershipProposal withdrawOwnershipProposal(@NonNull @Id String id) {
        return proposals.withdraw(id);
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation("setOwnershipApprovalRequired") // named: SmallRye would drop the "set" of a method name
    @Description("Whether the venture's ownership changes need a second admin: when true, setOwnership and transferStake are "
            + "APPROVAL_REQUIRED and changes are proposed; returns the new setting")
    public boolean setOwnershipApprovalRequired(@NonNull @Id String ventureId, boolean required) {
        return proposals.setApprovalRequired(ventureId, required);
    }

    @Description("True when ownership changes need a second admin's approval (propose them; setOwnership and transferStake are APPROVAL_REQUIRED)")
    public @NonNull List<@NonNull Boolean> ownershipApprovalRequired(@Source List<Venture> ventures) {
        return proposals.approvalRequired(ventures);
    }

    @Description("Open ownership proposals (not decided, not expired), oldest first, each with the cap table it would give")
    public @NonNull List<@NonNull List<@NonNull OwnershipProposal>> pendingChanges(@Source List<Venture> ventures) {
        return proposals.pending(ventures);
    }

    @Description("Every ownership proposal, decided and expired ones too, oldest first")
    public @NonNull List<@NonNull List<@NonNull OwnershipProposal>> ownershipProposals(@Source List<Venture> ventures) {
        return proposals.all(ventures);
    }
}
