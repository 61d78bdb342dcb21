package io.jvplatform.ventures.persistence;

import io.jvplatform.ventures.domain.VentureStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class VentureRepository implements PanacheRepositoryBase<VentureEntity, UUID> {

    private static final String ORDER = " order by v.name, v.id";

    /**
     * The venture with its row locked (SELECT ... FOR UPDATE) until the transaction ends. Every
     * ownership write goes through here first: under READ COMMITTED, two edits that both read the
     * ledger before either commits could each pass the 100 % check (write skew); with the lock the
     * second waits, then sees the first's ledger version and fails its basedOnVersion check.
     */
    public Optional<VentureEntity> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<VentureEntity> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public record Page(List<VentureEntity> items, long totalCount) {
    }

    /**
     * @param partnerId the filter: ventures in which this partner holds a current stake or any role
     * @param visibleTo the caller's scope, the same condition for a partner user; null for everyone else
     */
    public record Criteria(VentureStatus status, String country, String program, UUID partnerId, String search,
                           UUID visibleTo) {
    }

    public Page page(Criteria criteria, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (criteria.status() != null) {
            conditions.add("v.status = :status");
            parameters.and("status", criteria.status());
        }
        if (criteria.country() != null) {
            conditions.add("v.siteCountry = :country");
            parameters.and("country", criteria.country());
        }
        if (criteria.program() != null) {
            conditions.add("lower(v.program) = lower(:program)");
            parameters.and("program", criteria.program());
        }
        if (criteria.partnerId() != null) {
            conditions.add(involving("partner"));
            parameters.and("partner", criteria.partnerId());
        }
        if (criteria.visibleTo() != null) {
            conditions.add(involving("scope"));
            parameters.and("scope", criteria.visibleTo());
        }
        if (criteria.search() != null) {
            conditions.add("lower(v.name) like :search escape '\\'");
            parameters.and("search", "%" + escapeLike(criteria.search().toLowerCase()) + "%");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var query = find("from VentureEntity v" + where + ORDER, parameters);
        long total = query.count();
        List<VentureEntity> items = total == 0 ? List.of() : query.range(offset, offset + limit - 1).list();
        return new Page(items, total);
    }

    /** For each partner, the ids of ventures in which it holds a current stake or any role. */
    public Map<UUID, Set<UUID>> ventureIdsByPartner(Collection<UUID> partnerIds) {
        Map<UUID, Set<UUID>> byPartner = new HashMap<>();
        if (partnerIds.isEmpty()) {
            return byPartner;
        }
        List<Object[]> rows = new ArrayList<>();
        rows.addAll(getEntityManager().createQuery(
                "select s.partnerId, v.id from VentureEntity v join v.currentStakes s where s.partnerId in :ids", Object[].class)
                .setParameter("ids", partnerIds).getResultList());
        rows.addAll(getEntityManager().createQuery(
                "select p.partnerId, v.id from VentureEntity v join v.participants p where p.partnerId in :ids", Object[].class)
                .setParameter("ids", partnerIds).getResultList());
        for (Object[] row : rows) {
            byPartner.computeIfAbsent((UUID) row[0], partner -> new LinkedHashSet<>()).add((UUID) row[1]);
        }
        return byPartner;
    }

    /** Ventures not DISSOLVED in which the partner holds a stake in the latest cap table. */
    public List<VentureEntity> withActiveStakeOf(UUID partnerId) {
        return find("select v from VentureEntity v join v.currentStakes s where s.partnerId = ?1 and v.status <> ?2" + ORDER,
                partnerId, VentureStatus.DISSOLVED).list();
    }

    /** Ventures in which the partner bound to {@code :parameter} holds a current stake or any role. */
    private static String involving(String parameter) {
        return "(v.id in (select h.id from VentureEntity h join h.currentStakes s where s.partnerId = :" + parameter + ")"
                + " or v.id in (select r.id from VentureEntity r join r.participants p where p.partnerId = :" + parameter + "))";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
