package io.jvplatform.ventures.service;

import io.jvplatform.support.audit.AuditTrail;
import io.jvplatform.support.error.NotFoundException;
import io.jvplatform.support.graphql.Ids;
import io.jvplatform.support.security.Callers;
import io.jvplatform.ventures.api.model.CapTable;
import io.jvplatform.ventures.api.model.LedgerEntry;
import io.jvplatform.ventures.api.model.SetOwnershipInput;
import io.jvplatform.ventures.api.model.TransferStakeInput;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.audit.Audited;
import io.jvplatform.ventures.audit.OwnershipSnapshot;
import io.jvplatform.ventures.domain.LedgerHead;
import io.jvplatform.ventures.domain.OwnershipChange;
import io.jvplatform.ventures.domain.OwnershipLedger;
import io.jvplatform.ventures.mapping.LedgerMapper;
import io.jvplatform.ventures.mapping.OwnershipInputs;
import io.jvplatform.ventures.proposal.ApprovalPolicy;
import io.jvplatform.ventures.persistence.LedgerRepository;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.jvplatform.ventures.persistence.VentureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes to the ownership ledger and the cap tables read from it. Each write (direct, or an approved
 * proposal: the same path): check the input,
 * check the partners with partners-service, lock the venture row, let the ledger's head kept on that
 * row decide (version, dates, holdings) and append one entry; any error rolls everything back. No
 * write reads the history, so none slows down as it grows.
 */
@ApplicationScoped
@Transactional
public class OwnershipService {

    private final VentureRepository ventures;
    private final LedgerRepository ledger;
    private final PartnerVerification partners;
    private final Callers callers;
    private final ApprovalPolicy approval;
    private final AuditTrail audit;

    OwnershipService(VentureRepository ventures, LedgerRepository ledger, PartnerVerification partners, Callers callers,
                     ApprovalPolicy approval, AuditTrail audit) {
        this.ventures = ventures;
        this.ledger = ledger;
        this.partners = partners;
        this.callers = callers;
        this.approval = approval;
        this.audit = audit;
    }

    /** A direct change: refused with APPROVAL_REQUIRED where the venture wants a second admin (then propose it). */
    public CapTable set(String ventureId, SetOwnershipInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        return direct("setOwnership", venture, OwnershipInputs.set(input));
    }

    /** A direct transfer: refused with APPROVAL_REQUIRED where the venture wants a second admin. */
    public CapTable transfer(String ventureId, TransferStakeInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        return direct("transferStake", venture, OwnershipInputs.transfer(input));
    }

    private CapTable direct(String action, UUID ventureId, OwnershipChange change) {
        partners.requireActive(OwnershipInputs.partnersWritten(change));
        VentureEntity entity = lock(ventureId);
        // Read under the venture's lock, which a change of the setting takes too: no direct change slips past a switch-on.
        approval.refuseDirectChange(entity);
        LedgerHead head = LedgerMapper.toHead(entity);
        return append(action, entity, head, head.entryFor(change, callers.current().name(), null, now()));
    }

    /**
     * Appends an approved proposal: the same checks and the same append as a direct change (partners
     * active now, the venture locked, the ledger's version and dates as they are now), the entry naming
     * the proposer as its actor and the approver beside. Joins the approval's transaction.
     */
    public io.jvplatform.ventures.domain.LedgerEntry applyApproved(UUID ventureId, OwnershipChange change, String proposer,
                                                                   String approver) {
        partners.requireActive(OwnershipInputs.partnersWritten(change));
        VentureEntity entity = lock(ventureId);
        LedgerHead head = LedgerMapper.toHead(entity);
        io.jvplatform.ventures.domain.LedgerEntry entry = head.entryFor(change, proposer, approver, now());
        append("approveOwnershipProposal", entity, head, entry);
        return entry;
    }

    /** The ledger's head of a venture as it stands (not locked): what a proposal is checked against when made. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerHead headOf(UUID ventureId) {
        return ventures.findByIdOptional(ventureId).map(LedgerMapper::toHead)
                .orElseThrow(() -> new NotFoundException("ventureId", "no venture with id " + ventureId));
    }

    /** Cap tables of the given ventures as of {@code asOf} (today, UTC, when null), same order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CapTable> capTables(List<Venture> ventures, LocalDate asOf) {
        Map<String, io.jvplatform.ventures.domain.CapTable> tables = tablesOn(ventures, asOf == null ? today() : asOf);
        return ventures.stream().map(venture -> LedgerMapper.toApi(tables.get(venture.id()))).toList();
    }

    /**
     * The cap tables in force on {@code date}, by venture id. From the head read with the venture
     * (no query) when no entry is later than {@code date}, which holds for today since no effective
     * date is after today; a date before the latest entry replays that ledger (one query for all).
     * Either way the table's ledgerVersion is the ledger's current one, the version to write on.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, io.jvplatform.ventures.domain.CapTable> tablesOn(List<Venture> ventures, LocalDate date) {
        List<UUID> toReplay = ventures.stream()
                .filter(venture -> isBeforeLatest(venture.ledgerHead(), date))
                .map(venture -> UUID.fromString(venture.id())).distinct().toList();
        Map<UUID, List<io.jvplatform.ventures.persistence.LedgerEntryEntity>> entries =
                toReplay.isEmpty() ? Map.of() : ledger.entriesOf(toReplay, date);
        Map<String, io.jvplatform.ventures.domain.CapTable> tables = new LinkedHashMap<>();
        for (Venture venture : ventures) {
            LedgerHead head = venture.ledgerHead();
            List<io.jvplatform.ventures.domain.Stake> stakes = isBeforeLatest(head, date)
                    ? LedgerMapper.toLedger(entries.getOrDefault(UUID.fromString(venture.id()), List.of())).asOf(date).stakes()
                    : head.latest().stakes();
            tables.put(venture.id(), new io.jvplatform.ventures.domain.CapTable(date, head.version(), stakes));
        }
        return tables;
    }

    /** Ledger entries of the given ventures, oldest first, same order: one query for all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<LedgerEntry>> histories(List<String> ventureIds) {
        Map<UUID, OwnershipLedger> ledgers = ledgersOf(uuids(ventureIds));
        return ventureIds.stream()
                .map(id -> ledgers.get(UUID.fromString(id)).entries().stream().map(LedgerMapper::toApi).toList())
                .toList();
    }

    private static boolean isBeforeLatest(LedgerHead head, LocalDate date) {
        return head.latestEffectiveDate() != null && date.isBefore(head.latestEffectiveDate());
    }

    /**
     * One entry appended and the head on the venture row moved, a constant number of statements
     * however long the ledger: the entry's insert, the changed holdings, the row's update.
     */
    private CapTable append(String action, VentureEntity venture, LedgerHead head,
                            io.jvplatform.ventures.domain.LedgerEntry entry) {
        ledger.persist(LedgerMapper.toEntity(venture.id, entry));
        LedgerHead next = head.after(entry);
        venture.ledgerVersion = next.version();
        venture.ledgerEffectiveDate = next.latestEffectiveDate();
        // Only the holdings that changed are deleted and inserted (a transfer touches two rows).
        Set<StakeEmbeddable> holdings = new HashSet<>(LedgerMapper.toHoldings(next.latest()));
        venture.currentStakes.retainAll(holdings);
        venture.currentStakes.addAll(holdings);
        audit.record(action, Audited.venture(venture.id), OwnershipSnapshot.of(head), OwnershipSnapshot.after(entry, next));
        // Effective dates are never after today, so the table after this entry is the one in force from its date on.
        return LedgerMapper.toApi(next.latest());
    }

    private VentureEntity lock(UUID id) {
        return ventures.lockById(id).orElseThrow(() -> new NotFoundException("ventureId", "no venture with id " + id));
    }

    private Map<UUID, OwnershipLedger> ledgersOf(Collection<UUID> ventureIds) {
        var entries = ledger.entriesOf(ventureIds);
        Map<UUID, OwnershipLedger> ledgers = new LinkedHashMap<>();
        ventureIds.forEach(id -> ledgers.put(id, LedgerMapper.toLedger(entries.getOrDefault(id, List.of()))));
        return ledgers;
    }

    private static List<UUID> uuids(List<String> ids) {
        return ids.stream().map(UUID::fromString).distinct().toList();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
