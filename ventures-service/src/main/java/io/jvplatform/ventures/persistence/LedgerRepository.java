package io.jvplatform.ventures.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntryEntity, UUID> {

    /** All entries of the given ventures with their stakes, grouped by venture, oldest first. */
    public Map<UUID, List<LedgerEntryEntity>> entriesOf(Collection<UUID> ventureIds) {
        if (ventureIds.isEmpty()) {
            return Map.of();
        }
        return find("select distinct e from LedgerEntryEntity e left join fetch e.stakes where e.ventureId in ?1"
                + " order by e.ventureId, e.version", ventureIds)
                .list().stream()
                .collect(Collectors.groupingBy(entry -> entry.ventureId, Collectors.toList()));
    }

    /** The entries effective on or before {@code date} (a prefix of each ledger: dates never go backwards), one query. */
    public Map<UUID, List<LedgerEntryEntity>> entriesOf(Collection<UUID> ventureIds, LocalDate date) {
        return find("select distinct e from LedgerEntryEntity e left join fetch e.stakes where e.ventureId in ?1"
                + " and e.effectiveDate <= ?2 order by e.ventureId, e.version", ventureIds, date)
                .list().stream()
                .collect(Collectors.groupingBy(entry -> entry.ventureId, Collectors.toList()));
    }
}
