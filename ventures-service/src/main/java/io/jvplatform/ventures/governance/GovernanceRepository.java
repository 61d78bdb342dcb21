package io.jvplatform.ventures.governance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Seats, settings and reserved matters, read for many ventures at once (one query each). */
@ApplicationScoped
public class GovernanceRepository {

    private final EntityManager entities;

    GovernanceRepository(EntityManager entities) {
        this.entities = entities;
    }

    /** Every seat of the ventures, ended ones included, by start date then id. */
    public List<BoardSeatEntity> seatsOf(Collection<UUID> ventureIds) {
        return ventureIds.isEmpty() ? List.of() : entities.createQuery(
                        "from BoardSeatEntity where ventureId in :ventures order by startDate, id", BoardSeatEntity.class)
                .setParameter("ventures", ventureIds).getResultList();
    }

    public List<GovernanceEntity> settingsOf(Collection<UUID> ventureIds) {
        return ventureIds.isEmpty() ? List.of() : entities.createQuery(
                        "from GovernanceEntity where ventureId in :ventures", GovernanceEntity.class)
                .setParameter("ventures", ventureIds).getResultList();
    }

    public List<ReservedMatterEntity> mattersOf(Collection<UUID> ventureIds) {
        return ventureIds.isEmpty() ? List.of() : entities.createQuery(
                        "from ReservedMatterEntity where ventureId in :ventures order by lower(title), id", ReservedMatterEntity.class)
                .setParameter("ventures", ventureIds).getResultList();
    }

    public Optional<BoardSeatEntity> lockSeat(UUID id) {
        return Optional.ofNullable(entities.find(BoardSeatEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<BoardSeatEntity> seat(UUID id) {
        return Optional.ofNullable(entities.find(BoardSeatEntity.class, id));
    }

    public Optional<ReservedMatterEntity> matter(UUID id) {
        return Optional.ofNullable(entities.find(ReservedMatterEntity.class, id));
    }

    /** The settings of a venture whose row the caller has locked; a new, unsaved one when never set. */
    public GovernanceEntity settingsForUpdate(UUID ventureId) {
        GovernanceEntity settings = entities.find(GovernanceEntity.class, ventureId);
        return settings == null ? GovernanceEntity.unset(ventureId) : settings;
    }

    public boolean titleTaken(UUID ventureId, String title) {
        return entities.createQuery("select count(m) from ReservedMatterEntity m where m.ventureId = :venture and lower(m.title) = lower(:title)",
                Long.class).setParameter("venture", ventureId).setParameter("title", title).getSingleResult() > 0;
    }

    public void persist(Object entity) {
        entities.persist(entity);
    }

    public void remove(Object entity) {
        entities.remove(entity);
    }
}
