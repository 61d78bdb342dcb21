package io.jvplatform.ventures.service;

import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.NotFoundException;
import io.jvplatform.support.graphql.Ids;
import io.jvplatform.ventures.api.model.FundingPhase;
import io.jvplatform.ventures.api.model.FundingPhaseInput;
import io.jvplatform.ventures.api.model.Money;
import io.jvplatform.ventures.domain.CapTable;
import io.jvplatform.ventures.domain.FundingPhaseStatus;
import io.jvplatform.ventures.mapping.FundingPhaseMapper;
import io.jvplatform.ventures.persistence.FundingPhaseEntity;
import io.jvplatform.ventures.persistence.FundingPhaseRepository;
import io.jvplatform.ventures.persistence.VentureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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

    FundingService(FundingPhaseRepository phases, VentureRepository ventures, OwnershipService ownership) {
        this.phases = phases;
        this.ventures = ventures;
        this.ownership = ownership;
    }

    public FundingPhase add(String ventureId, FundingPhaseInput input) {
        UUID venture = Ids.parse("ventureId", ventureId);
        FundingPhaseEntity phase = new FundingPhaseEntity();
        phase.id = UUID.randomUUID();
        phase.ventureId = venture;
        FundingPhaseMapper.apply(input, phase);
        // Locking the venture serialises phase writes per venture, so the ordinal check below holds.
        ventures.lockById(venture).orElseThrow(() -> new NotFoundException("ventureId", "no venture with id " + ventureId));
        requireFreeOrdinal(venture, phase.ordinal, phase.id);
        phase.version = 1;
        phases.persist(phase);
        return toApi(phase);
    }

    public FundingPhase update(String id, int expectedVersion, FundingPhaseInput input) {
        UUID phaseId = Ids.parse("id", id);
        FundingPhaseEntity current = phases.findByIdOptional(phaseId)
                .orElseThrow(() -> new NotFoundException("id", "no funding phase with id " + id));
        ventures.lockById(current.ventureId);
        FundingPhaseEntity phase = phases.lockById(phaseId).orElseThrow();
        if (phase.version != expectedVersion) {
            throw new ConflictException("expectedVersion", "the funding phase is at version " + phase.version
                    + ", not " + expectedVersion + ": reload it and try again");
        }
        // Checked before the entity changes: a dirty entity would be flushed by the query below.
        requireFreeOrdinal(phase.ventureId, input.ordinal(), phase.id);
        FundingPhaseMapper.apply(input, phase);
        phase.version++;
        return toApi(phase);
    }

    /** Phases of each venture by ordinal, same order as {@code ventureIds}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<FundingPhase>> phasesOf(List<String> ventureIds) {
        List<UUID> ids = ventureIds.stream().map(UUID::fromString).distinct().toList();
        Map<UUID, CapTable> owners = ownership.currentTables(ids);
        Map<UUID, List<FundingPhase>> byVenture = phases.ofVentures(ids).stream()
                .collect(Collectors.groupingBy(phase -> phase.ventureId,
                        Collectors.mapping(phase -> FundingPhaseMapper.toApi(phase, owners.get(phase.ventureId)), Collectors.toList())));
        return ventureIds.stream().map(id -> byVenture.getOrDefault(UUID.fromString(id), List.of())).toList();
    }

    /** Committed capital per currency of each venture, CANCELLED phases excluded, same order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<Money>> totalsOf(List<String> ventureIds) {
        List<UUID> ids = ventureIds.stream().map(UUID::fromString).distinct().toList();
        Map<UUID, List<io.jvplatform.ventures.domain.Money>> capital = phases.ofVentures(ids).stream()
                .filter(phase -> phase.status != FundingPhaseStatus.CANCELLED)
                .filter(phase -> phase.capitalAmount != null)
                .collect(Collectors.groupingBy(phase -> phase.ventureId,
                        Collectors.mapping(FundingPhaseMapper::capital, Collectors.toList())));
        return ventureIds.stream()
                .map(id -> io.jvplatform.ventures.domain.Money.totalsByCurrency(capital.getOrDefault(UUID.fromString(id), List.of()))
                        .stream().map(FundingPhaseMapper::toApi).filter(Objects::nonNull).toList())
                .toList();
    }

    private FundingPhase toApi(FundingPhaseEntity phase) {
        return FundingPhaseMapper.toApi(phase, ownership.currentTables(List.of(phase.ventureId)).get(phase.ventureId));
    }

    private void requireFreeOrdinal(UUID ventureId, int ordinal, UUID phaseId) {
        if (phases.ordinalTaken(ventureId, ordinal, phaseId)) {
            throw new ConflictException("input.ordinal", "the venture already has a funding phase with ordinal " + ordinal);
        }
    }
}
