package io.jvplatform.ventures.proposal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProposalRepository implements PanacheRepositoryBase<ProposalEntity, UUID> {

    /**
     * The proposal with its row locked until the transaction ends: of two admins deciding it at once,
     * the second waits, then reads the first's decision (PostgreSQL re-reads a row it waited for) and is refused.
     */
    public Optional<ProposalEntity> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Proposals of the given ventures, oldest first, in one query; only the open, unexpired ones when {@code openAt} is set. */
    public Map<UUID, List<ProposalEntity>> ofVentures(Collection<UUID> ventureIds, OffsetDateTime openAt) {
        if (ventureIds.isEmpty()) {
            return Map.of();
        }
        String open = openAt == null ? "" : " and p.status = ?2 and p.expiresAt > ?3";
        Object[] parameters = openAt == null ? new Object[]{ventureIds} : new Object[]{ventureIds, ProposalStatus.OPEN, openAt};
        return find("select distinct p from ProposalEntity p left join fetch p.resultingStakes where p.ventureId in ?1" + open
                + " order by p.ventureId, p.proposedAt, p.id", parameters)
                .list().stream()
                .collect(Collectors.groupingBy(proposal -> proposal.ventureId, Collectors.toList()));
    }
}
