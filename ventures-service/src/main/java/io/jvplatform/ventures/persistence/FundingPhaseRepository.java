package io.jvplatform.ventures.persistence;

import io.jvplatform.ventures.domain.FundingPhaseKind;
import io.jvplatform.ventures.domain.FundingPhaseStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FundingPhaseRepository implements PanacheRepositoryBase<FundingPhaseEntity, UUID> {

    /**
     * Phases of the given ventures with their sources, by venture then ordinal, in one round trip
     * (the sources aggregated into each row). Detached, read-only entities.
     */
    @SuppressWarnings("unchecked")
    public List<FundingPhaseEntity> ofVentures(Collection<UUID> ventureIds) {
        if (ventureIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select f.id, f.venture_id, f.name, f.ordinal, f.kind, f.status, f.capital_amount, f.capital_currency,
                               f.capacity_mw, f.target_date, f.version,
                               cast((select json_agg(json_build_array(s.title, s.url, s.source_date) order by s.position)
                                     from funding_phase_source s where s.funding_phase_id = f.id) as text)
                        from funding_phase f where f.venture_id in (:ventures)
                        order by f.venture_id, f.ordinal
                        """)
                .setParameter("ventures", ventureIds).getResultList();
        return rows.stream().map(FundingPhaseRepository::phase).toList();
    }

    /** Committed capital per venture and currency, CANCELLED phases excluded, summed by the database (exact numerics). */
    public record CapitalTotal(UUID ventureId, String currency, BigDecimal amount) {
    }

    @SuppressWarnings("unchecked")
    public List<CapitalTotal> totalsOf(Collection<UUID> ventureIds) {
        if (ventureIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select f.venture_id, f.capital_currency, sum(f.capital_amount)
                        from funding_phase f
                        where f.venture_id in (:ventures) and f.status <> 'CANCELLED' and f.capital_amount is not null
                        group by f.venture_id, f.capital_currency
                        """)
                .setParameter("ventures", ventureIds).getResultList();
        return rows.stream().map(row -> new CapitalTotal((UUID) row[0], (String) row[1], (BigDecimal) row[2])).toList();
    }

    private static FundingPhaseEntity phase(Object[] row) {
        FundingPhaseEntity phase = new FundingPhaseEntity();
        phase.id = (UUID) row[0];
        phase.ventureId = (UUID) row[1];
        phase.name = (String) row[2];
        phase.ordinal = ((Number) row[3]).intValue();
        phase.kind = FundingPhaseKind.valueOf((String) row[4]);
        phase.status = FundingPhaseStatus.valueOf((String) row[5]);
        phase.capitalAmount = (BigDecimal) row[6];
        phase.capitalCurrency = (String) row[7];
        phase.capacityMw = (BigDecimal) row[8];
        phase.targetDate = JsonColumns.date(row[9]);
        phase.version = ((Number) row[10]).intValue();
        phase.sources = JsonColumns.list(row[11], s -> new SourceEmbeddable(
                JsonColumns.text(s.get(0)), JsonColumns.text(s.get(1)), JsonColumns.date(s.get(2))));
        return phase;
    }

    /** The phase with its row locked, so two updates based on the same version can't both pass. */
    public Optional<FundingPhaseEntity> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean ordinalTaken(UUID ventureId, int ordinal, UUID exceptPhaseId) {
        return count("ventureId = ?1 and ordinal = ?2 and id <> ?3", ventureId, ordinal,
                exceptPhaseId == null ? new UUID(0, 0) : exceptPhaseId) > 0;
    }
}
