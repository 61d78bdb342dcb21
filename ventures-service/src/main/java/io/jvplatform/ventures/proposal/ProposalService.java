package io.jvplatform.ventures.proposal;

import io.jvplatform.support.audit.AuditTarget;
import io.jvplatform.support.audit.AuditTrail;
import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.NotFoundException;
import io.jvplatform.support.error.UnauthenticatedException;
import io.jvplatform.support.graphql.Ids;
import io.jvplatform.support.security.Callers;
import io.jvplatform.ventures.api.model.SetOwnershipInput;
import io.jvplatform.ventures.api.model.TransferStakeInput;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.audit.Audited;
import io.jvplatform.ventures.domain.LedgerEntry;
import io.jvplatform.ventures.domain.LedgerHead;
import io.jvplatform.ventures.domain.OwnershipChange;
import io.jvplatform.ventures.domain.Text;
import io.jvplatform.ventures.mapping.OwnershipInputs;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.jvplatform.ventures.persistence.VentureRepository;
import io.jvplatform.ventures.service.OwnershipService;
import io.jvplatform.ventures.service.PartnerVerification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Ownership changes under four eyes. A proposal is checked when made exactly as a direct change would
 * be (input, partners, the ledger's version, dates and holdings), but nothing reaches the ledger; an
 * approval by another admin hands the same change to {@link OwnershipService#applyApproved}, which checks
 * it all again as the ledger stands then and appends it: one path into the ledger for both ways.
 */
@ApplicationScoped
@Transactional
public class ProposalService {

    static final int DECISION_REASON_MAX_LENGTH = 1000;

    private final ProposalRepository proposals;
    private final ApprovalPolicy policy;
    private final OwnershipService ownership;
    private final PartnerVerification partners;
    private final VentureRepository ventures;
    private final Callers callers;
    private final ProposalConfig config;
    private final AuditTrail audit;

    ProposalService(ProposalRepository proposals, ApprovalPolicy policy, OwnershipService ownership,
                    PartnerVerification partners, VentureRepository ventures, Callers callers, ProposalConfig config,
                    AuditTrail audit) {
        this.proposals = proposals;
        this.policy = policy;
        this.ownership = ownership;
        this.partners = partners;
        this.ventures = ventures;
        this.callers = callers;
        this.config = config;
        this.audit = audit;
    }

    public OwnershipProposal proposeSet(String ventureId, SetOwnershipInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        return propose("proposeSetOwnership", venture, OwnershipInputs.set(input));
    }

    public OwnershipProposal proposeTransfer(String ventureId, TransferStakeInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        return propose("proposeTransferStake", venture, OwnershipInputs.transfer(input));
    }

    private OwnershipProposal propose(String action, UUID ventureId, OwnershipChange change) {
        partners.requireActive(OwnershipInputs.partnersWritten(change));
        LedgerHead head = ownership.headOf(ventureId);
        OffsetDateTime now = now();
        // The ledger's own check, on a copy of the head: a proposal that could not be appended now is refused now.
        LedgerEntry entry = head.entryFor(change, callers.current().name(), null, now);
        ProposalEntity proposal = new ProposalEntity();
        proposal.id = UUID.randomUUID();
        proposal.ventureId = ventureId;
        ProposalMapper.apply(change, head.after(entry).latest(), proposal);
        proposal.proposedBy = callers.current().name();
        proposal.proposedBySubject = subject();
        proposal.proposedAt = now;
        proposal.expiresAt = now.plus(config.expiry());
        proposal.status = ProposalStatus.OPEN;
        proposals.persist(proposal);
        OwnershipProposal created = ProposalMapper.toApi(proposal, head.version(), now);
        audit.record(action, target(proposal), null, created);
        return created;
    }

    /**
     * Appends the proposal to the ledger. Its row is locked first, so of two admins approving at once
     * one applies it and the other then finds it APPROVED (CONFLICT); the ledger's own lock and version
     * check refuse it when any change landed since it was proposed (CONFLICT: propose it again).
     */
    public OwnershipProposal approve(String id) {
        OffsetDateTime now = now();
        ProposalEntity proposal = openForDecision(id, now);
        ProposalRules.requireApprover(proposal.proposedBySubject, subject());
        LedgerEntry entry;
        try {
            entry = ownership.applyApproved(proposal.ventureId, ProposalMapper.change(proposal), proposal.proposedBy, callers.current().name());
        } catch (ConflictException stale) {
            throw new ConflictException("id", "the ownership ledger moved past version " + proposal.basedOnVersion
                    + " since this change was proposed: it is never applied on a changed table; propose it again on the new one");
        }
        // The ledger's append is in the venture's trail already (applyApproved); this is the proposal's own change,
        // from the ledger as it stood before (at basedOnVersion, or applyApproved had refused it).
        OwnershipProposal before = ProposalMapper.toApi(proposal, proposal.basedOnVersion, now);
        decide(proposal, ProposalStatus.APPROVED, null, now);
        proposal.appliedVersion = entry.version();
        OwnershipProposal after = ProposalMapper.toApi(proposal, entry.version(), now);
        audit.record("approveOwnershipProposal", target(proposal), before, after);
        return after;
    }

    public OwnershipProposal reject(String id, String reason) {
        String why = Text.required(reason, "reason", DECISION_REASON_MAX_LENGTH, true);
        OffsetDateTime now = now();
        ProposalEntity proposal = openForDecision(id, now);
        ProposalRules.requireApprover(proposal.proposedBySubject, subject());
        return decided("rejectOwnershipProposal", proposal, ProposalStatus.REJECTED, why, now);
    }

    public OwnershipProposal withdraw(String id) {
        OffsetDateTime now = now();
        ProposalEntity proposal = openForDecision(id, now);
        ProposalRules.requireProposer(proposal.proposedBySubject, subject());
        return decided("withdrawOwnershipProposal", proposal, ProposalStatus.WITHDRAWN, null, now);
    }

    /** Switches the four-eyes rule for a venture's ownership on or off, under the venture's lock (see {@link ApprovalPolicy}). */
    public boolean setApprovalRequired(String ventureId, boolean required) {
        UUID venture = Ids.parse("ventureId", ventureId);
        VentureEntity locked = ventures.lockById(venture)
                .orElseThrow(() -> new NotFoundException("ventureId", "no venture with id " + venture));
        Map<String, Boolean> before = Map.of("ownershipApprovalRequired", locked.ownershipApprovalRequired);
        policy.set(locked, required);
        audit.record("setOwnershipApprovalRequired", Audited.venture(venture), before, Map.of("ownershipApprovalRequired", required));
        return required;
    }

    /** For each venture (same order): its open, unexpired proposals, oldest first; one query for all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<OwnershipProposal>> pending(List<Venture> of) {
        return listed(of, now(), true);
    }

    /** For each venture (same order): all its proposals, decided and expired ones too, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<OwnershipProposal>> all(List<Venture> of) {
        return listed(of, now(), false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Boolean> approvalRequired(List<Venture> of) {
        Set<UUID> requiring = policy.requiringApproval(of.stream().map(venture -> UUID.fromString(venture.id())).distinct().toList());
        return of.stream().map(venture -> requiring.contains(UUID.fromString(venture.id()))).toList();
    }

    private List<List<OwnershipProposal>> listed(List<Venture> of, OffsetDateTime now, boolean openOnly) {
        Map<UUID, List<ProposalEntity>> byVenture = proposals.ofVentures(
                of.stream().map(venture -> UUID.fromString(venture.id())).distinct().toList(), openOnly ? now : null);
        return of.stream().map(venture -> byVenture.getOrDefault(UUID.fromString(venture.id()), List.of()).stream()
                .map(proposal -> ProposalMapper.toApi(proposal, venture.ledgerVersion(), now)).toList()).toList();
    }

    private ProposalEntity openForDecision(String id, OffsetDateTime now) {
        UUID uuid = Ids.parse("id", id);
        ProposalEntity proposal = proposals.lockById(uuid)
                .orElseThrow(() -> new NotFoundException("id", "no ownership proposal with id " + id));
        ProposalRules.requireOpen(id, ProposalRules.status(proposal.status, proposal.expiresAt, now));
        return proposal;
    }

    /** Rejected or withdrawn: the ledger does not move, so its version is read once for both snapshots. */
    private OwnershipProposal decided(String action, ProposalEntity proposal, ProposalStatus status, String reason,
                                      OffsetDateTime now) {
        int ledgerVersion = ownership.headOf(proposal.ventureId).version();
        OwnershipProposal before = ProposalMapper.toApi(proposal, ledgerVersion, now);
        decide(proposal, status, reason, now);
        OwnershipProposal after = ProposalMapper.toApi(proposal, ledgerVersion, now);
        audit.record(action, target(proposal), before, after);
        return after;
    }

    private static AuditTarget target(ProposalEntity proposal) {
        return Audited.part(Audited.OWNERSHIP_PROPOSAL, proposal.id, proposal.ventureId);
    }

    private void decide(ProposalEntity proposal, ProposalStatus status, String reason, OffsetDateTime now) {
        proposal.status = status;
        proposal.decidedBy = callers.current().name();
        proposal.decidedAt = now;
        proposal.decisionReason = reason;
    }

    private String subject() {
        return callers.current().subject().orElseThrow(UnauthenticatedException::new);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
