package io.jvplatform.ventures.service;

import io.jvplatform.support.audit.AuditTrail;
import io.jvplatform.support.error.NotFoundException;
import io.jvplatform.support.graphql.Ids;
import io.jvplatform.support.security.CurrentCaller;
import io.jvplatform.ventures.api.model.CapTable;
import io.jvplatform.ventures.api.model.LedgerEntry;
import io.jvplatform.ventures.api.model.SetOwnershipInput;
import io.jvplatform.ventures.api.model.StakeInput;
import io.jvplatform.ventures.api.model.TransferStakeInput;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.audit.Audited;
import io.jvplatform.ventures.audit.OwnershipSnapshot;
import io.jvplatform.ventures.domain.LedgerHead;
import io.jvplatform.ventures.domain.OwnershipLedger;
import io.jvplatform.ventures.domain.SetOwnership;
import io.jvplatform.ventures.domain.Stake;
import io.jvplatform.ventures.domain.TransferStake;
import io.jvplatform.ventures.mapping.LedgerMapper;
import io.jvplatform.ventures.persistence.LedgerRepository;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.jvplatform.ventures.persistence.VentureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes to the ownership ledger and the cap tables read from it. Each write: check the input,
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
    private final CurrentCaller caller;
    private final AuditTrail audit;

    OwnershipService(VentureRepository ventures, LedgerRepository ledger, PartnerVerification partners, CurrentCaller caller,
                     AuditTrail audit) {
        this.ventures = ventures;
        this.ledger = ledger;
        this.partners = partners;
        this.caller = caller;
        this.audit = audit;
    }

    public CapTable set(String ventureId, SetOwnershipInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        Map<String, UUID> partnerFields = new LinkedHashMap<>();
        List<Stake> stakes = new ArrayList<>();
        for (int i = 0; i < input.stakes().size(); i++) {
            StakeInput stake = input.stakes().get(i);
            String field = "input.stakes[" + i + "].partnerId";
            UUID partnerId = Ids.parse(field, stake.partnerId());
            stakes.add(new Stake(partnerId, stake.percentage()));
            partnerFields.putIfAbsent(field, partnerId);
        }
        SetOwnership change = new SetOwnership(input.basedOnVersion(), input.effectiveDate(), input.reason(), stakes);
        partners.requireActive(partnerFields);
        VentureEntity entity = lock(venture);
        LedgerHead head = LedgerMapper.toHead(entity);
        return append("setOwnership", entity, head, head.entryFor(change, caller.name(), now()));
    }

    public CapTable transfer(String ventureId, TransferStakeInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        TransferStake change = new TransferStake(input.basedOnVersion(), input.effectiveDate(), input.reason(),
                Ids.parse("input.fromPartnerId", input.fromPartnerId()), Ids.parse("input.toPartnerId", input.toPartnerId()),
                input.percentage());
        // The giver already holds a stake (the ledger checks that); the receiver is the partner written anew.
        partners.requireActive("input.toPartnerId", change.toPartnerId());
        VentureEntity entity = lock(venture);
        LedgerHead head = LedgerMapper.toHead(entity);
        return append("transferStake", entity, head, head.entryFor(change, caller.name(), now()));
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

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
