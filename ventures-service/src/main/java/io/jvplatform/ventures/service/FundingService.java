package io.jvplatform.ventures.service;

import io.jvplatform.support.audit.AuditTrail;
import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.NotFoundException;
import io.jvplatform.support.graphql.Ids;
import io.jvplatform.ventures.api.model.FundingPhase;
import io.jvplatform.ventures.api.model.FundingPhaseInput;
import io.jvplatform.ventures.api.model.Money;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.audit.Audited;
import io.jvplatform.ventures.domain.CapTable;
import io.jvplatform.ventures.mapping.FundingPhaseMapper;
import io.jvplatform.ventures.mapping.LedgerMapper;
import io.jvplatform.ventures.persistence.FundingPhaseEntity;
import io.jvplatform.ventures.persistence.FundingPhaseRepository;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.jvplatform.ventures.persistence.VentureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Funding phases and the figures derived from them (commitments, capital per MW, totals). */
@ApplicationScoped
@Transactional
public class FundingService {

    private final FundingPhaseRepository phases;
    private final VentureRepository ventures;
    private final OwnershipService ownership;
    private final AuditTrail audit;

    FundingService(FundingPhaseRepository phases, VentureRepository ventures, OwnershipService ownership, AuditTrail audit) {
        this.phases = phases;
        this.ventures = ventures;
        this.ownership = ownership;
        this.audit = audit;
    }

    public FundingPhase add(String ventureId, FundingPhaseInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        FundingPhaseEntity phase = new FundingPhaseEntity();
        phase.id = UUID.randomUUID();
        phase.ventureId = venture;
        FundingPhaseMapper.apply(input, phase);
        // Locking the venture serialises phase writes per venture, so the ordinal check below holds.
        VentureEntity owner = ventures.lockById(venture)
                .orElseThrow(() -> new NotFoundException("ventureId", "no venture with id " + ventureId));
        requireFreeOrdinal(venture, phase.ordinal, phase.id);
        phase.version = 1;
        phases.persist(phase);
        FundingPhase added = toApi(phase, owner);
        audit.record("addFundingPhase", Audited.part(Audited.FUNDING_PHASE, phase.id, venture), null, added);
        return added;
    }

    public FundingPhase update(String id, int expectedVersion, FundingPhaseInput input) {
        UUID phaseId = Ids.parse("id", id);
        FundingPhaseEntity current = phases.findByIdOptional(phaseId)
                .orElseThrow(() -> new NotFoundException("id", "no funding phase with id " + id));
        VentureEntity owner = ventures.lockById(current.ventureId).orElseThrow();
        FundingPhaseEntity phase = phases.lockById(phaseId).orElseThrow();
        if (phase.version != expectedVersion) {
            throw new ConflictException("expectedVersion", "the funding phase is at version " + phase.version
                    + ", not " + expectedVersion + ": reload it and try again");
        }
        // Checked before the entity changes: a dirty entity would be flushed by the query below.
        requireFreeOrdinal(phase.ventureId, input.ordinal(), phase.id);
        FundingPhase before = toApi(phase, owner);
        FundingPhaseMapper.apply(input, phase);
        phase.version++;
        FundingPhase after = toApi(phase, owner);
        audit.record("updateFundingPhase", Audited.part(Audited.FUNDING_PHASE, phase.id, phase.ventureId), before, after);
        return after;
    }

    /**
     * Phases of each venture by ordinal, same order as {@code ventures}: one query for all. The
     * commitments are pro rata of today's cap table, read with the ventures (no query of its own).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<FundingPhase>> phasesOf(List<Venture> ventures) {
        Map<String, CapTable> owners = ownership.tablesOn(ventures, OwnershipService.today());
        List<UUID> ids = ventures.stream().map(venture -> UUID.fromString(venture.id())).distinct().toList();
        Map<UUID, List<FundingPhase>> byVenture = phases.ofVentures(ids).stream()
                .collect(Collectors.groupingBy(phase -> phase.ventureId, Collectors.mapping(
                        phase -> FundingPhaseMapper.toApi(phase, owners.get(phase.ventureId.toString())), Collectors.toList())));
        return ventures.stream().map(venture -> byVenture.getOrDefault(UUID.fromString(venture.id()), List.of())).toList();
    }

    /** Committed capital per currency of each venture (ordered by currency), CANCELLED phases excluded, same order: one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<Money>> totalsOf(List<String> ventureIds) {
        List<UUID> ids = ventureIds.stream().map(UUID::fromString).distinct().toList();
        Map<UUID, List<io.jvplatform.ventures.domain.Money>> capital = phases.totalsOf(ids).stream()
                .collect(Collectors.groupingBy(FundingPhaseRepository.CapitalTotal::ventureId, Collectors.mapping(
                        total -> new io.jvplatform.ventures.domain.Money(total.amount(), Currency.getInstance(total.currency())),
                        Collectors.toList())));
        return ventureIds.stream()
                .map(id -> io.jvplatform.ventures.domain.Money.totalsByCurrency(capital.getOrDefault(UUID.fromString(id), List.of()))
                        .stream().map(FundingPhaseMapper::toApi).filter(Objects::nonNull).toList())
                .toList();
    }

    private static FundingPhase toApi(FundingPhaseEntity phase, VentureEntity venture) {
        return FundingPhaseMapper.toApi(phase, LedgerMapper.toHead(venture).latest());
    }

    private void requireFreeOrdinal(UUID ventureId, int ordinal, UUID phaseId) {
        if (phases.ordinalTaken(ventureId, ordinal, phaseId)) {
            throw new ConflictException("input.ordinal", "the venture already has a funding phase with ordinal " + ordinal);
        }
    }
}
