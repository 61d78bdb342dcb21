package io.jvplatform.ventures.persistence;

import io.jvplatform.ventures.domain.VentureStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VentureRepository implements PanacheRepositoryBase<VentureEntity, UUID> {

    /**
     * The venture with its row locked (SELECT ... FOR UPDATE) until the transaction ends. Every
     * ownership write goes through here first: under READ COMMITTED, two edits that both read the
     * ledger before either commits could each pass the 100 % check (write skew); with the lock the
     * second waits, then sees the first's ledger version and fails its basedOnVersion check.
     */
    public Optional<VentureEntity> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Ventures with these ids, with sources, roles and holdings, in one round trip (detached, read-only). */
    public List<VentureEntity> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : rows(VentureRows.SELECT + " where v.id in (:ids)", Map.of("ids", ids), -1, -1)
                .stream().map(VentureRows::venture).toList();
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

    /** One round trip: the page's rows carry the number matched; only a page past the end asks for it again. */
    public Page page(Criteria criteria, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.status() != null) {
            conditions.add("v.status = :status");
            parameters.put("status", criteria.status().name());
        }
        if (criteria.country() != null) {
            conditions.add("v.site_country = :country");
            parameters.put("country", criteria.country());
        }
        if (criteria.program() != null) {
            conditions.add("lower(v.program) = lower(:program)");
            parameters.put("program", criteria.program());
        }
        if (criteria.partnerId() != null) {
            conditions.add(VentureRows.involving("partner"));
            parameters.put("partner", criteria.partnerId());
        }
        if (criteria.visibleTo() != null) {
            conditions.add(VentureRows.involving("scope"));
            parameters.put("scope", criteria.visibleTo());
        }
        if (criteria.search() != null) {
            conditions.add("lower(v.name) like :search escape '\\'");
            parameters.put("search", "%" + escapeLike(criteria.search().toLowerCase()) + "%");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<Object[]> rows = rows(VentureRows.SELECT + where + VentureRows.ORDER, parameters, offset, limit);
        if (rows.isEmpty()) {
            long total = offset == 0 ? 0 : ((Number) native_("select count(*) from venture v" + where, parameters).getSingleResult()).longValue();
            return new Page(List.of(), total);
        }
        return new Page(rows.stream().map(VentureRows::venture).toList(), VentureRows.matched(rows.get(0)));
    }

    /** Ventures in which any of the partners holds a current stake or any role, in one round trip. */
    public List<VentureEntity> involvingAny(Collection<UUID> partnerIds) {
        return partnerIds.isEmpty() ? List.of()
                : rows(VentureRows.SELECT + " where " + VentureRows.involving("partners"), Map.of("partners", partnerIds), -1, -1)
                .stream().map(VentureRows::venture).toList();
    }

    /** Ventures not DISSOLVED in which the partner holds a stake in the latest cap table. */
    public List<VentureEntity> withActiveStakeOf(UUID partnerId) {
        return rows(VentureRows.SELECT + " where v.status <> 'DISSOLVED'"
                        + " and v.id in (select h.venture_id from stake_holding h where h.partner_id = :partner)" + VentureRows.ORDER,
                Map.of("partner", partnerId), -1, -1)
                .stream().map(VentureRows::venture).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, ?> parameters, int offset, int limit) {
        Query query = native_(sql, parameters);
        if (offset >= 0) {
            query.setFirstResult(offset).setMaxResults(limit);
        }
        return query.getResultList();
    }

    private Query native_(String sql, Map<String, ?> parameters) {
        Query query = getEntityManager().createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
