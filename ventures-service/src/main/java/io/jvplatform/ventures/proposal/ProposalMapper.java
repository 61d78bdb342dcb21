package io.jvplatform.ventures.proposal;

import io.jvplatform.ventures.domain.CapTable;
import io.jvplatform.ventures.domain.LedgerChangeType;
import io.jvplatform.ventures.domain.OwnershipChange;
import io.jvplatform.ventures.domain.SetOwnership;
import io.jvplatform.ventures.domain.Stake;
import io.jvplatform.ventures.domain.TransferStake;
import io.jvplatform.ventures.mapping.LedgerMapper;
import io.jvplatform.ventures.persistence.StakeEmbeddable;

import java.time.OffsetDateTime;
import java.util.List;

/** Proposals between their rows, the domain's changes and the API. */
final class ProposalMapper {

    private ProposalMapper() {
    }

    /** The change as proposed: what the approval hands to the ledger, checked again there. */
    static OwnershipChange change(ProposalEntity proposal) {
        if (proposal.type == LedgerChangeType.SET) {
            return new SetOwnership(proposal.basedOnVersion, proposal.effectiveDate, proposal.reason, stakes(proposal));
        }
        return new TransferStake(proposal.basedOnVersion, proposal.effectiveDate, proposal.reason,
                proposal.fromPartnerId, proposal.toPartnerId, proposal.percentage);
    }

    static void apply(OwnershipChange change, CapTable resulting, ProposalEntity proposal) {
        proposal.type = change.type();
        proposal.basedOnVersion = change.basedOnVersion();
        proposal.effectiveDate = change.effectiveDate();
        proposal.reason = change.reason();
        if (change instanceof TransferStake transfer) {
            proposal.fromPartnerId = transfer.fromPartnerId();
            proposal.toPartnerId = transfer.toPartnerId();
            proposal.percentage = transfer.percentage();
        }
        proposal.resultingStakes.addAll(LedgerMapper.toHoldings(resulting));
    }

    /**
     * @param ledgerVersion the venture's ledger version now: an open proposal based on another is stale
     */
    static OwnershipProposal toApi(ProposalEntity proposal, int ledgerVersion, OffsetDateTime now) {
        ProposalStatus status = ProposalRules.status(proposal.status, proposal.expiresAt, now);
        CapTable resulting = new CapTable(proposal.effectiveDate, proposal.basedOnVersion + 1, stakes(proposal));
        boolean set = proposal.type == LedgerChangeType.SET;
        return new OwnershipProposal(proposal.id.toString(), proposal.ventureId.toString(), proposal.type, status,
                proposal.basedOnVersion, proposal.effectiveDate, proposal.reason,
                set ? LedgerMapper.stakes(resulting.stakes()) : null,
                set ? null : LedgerMapper.partner(proposal.fromPartnerId), set ? null : LedgerMapper.partner(proposal.toPartnerId),
                set ? null : proposal.percentage,
                LedgerMapper.toApi(resulting), status == ProposalStatus.OPEN && ledgerVersion != proposal.basedOnVersion,
                proposal.proposedBy, proposal.proposedAt, proposal.expiresAt,
                proposal.decidedBy, proposal.decidedAt, proposal.decisionReason, proposal.appliedVersion);
    }

    private static List<Stake> stakes(ProposalEntity proposal) {
        return proposal.resultingStakes.stream().map(ProposalMapper::stake).toList();
    }

    private static Stake stake(StakeEmbeddable stake) {
        return new Stake(stake.partnerId(), stake.percentage());
    }
}
