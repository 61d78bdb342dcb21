package io.jvplatform.ventures.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FundingPhaseRepository implements PanacheRepositoryBase<FundingPhaseEntity, UUID> {

    /** Phases of the given ventures, by venture then ordinal. */
    public List<FundingPhaseEntity> ofVentures(Collection<UUID> ventureIds) {
        return ventureIds.isEmpty() ? List.of() : list("ventureId in ?1 order by ventureId, ordinal", ventureIds);
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
