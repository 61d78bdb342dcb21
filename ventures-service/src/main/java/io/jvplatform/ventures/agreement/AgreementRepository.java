package io.jvplatform.ventures.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<CapacityAgreementEntity, UUID> {

    /** A party condition by subquery, not a join: a join would repeat an agreement once per party and break paging. */
    private static final String PARTY = ":%s in (select p.partnerId from CapacityAgreementEntity b join b.parties p where b.id = a.id)";

    /**
     * @param partnerId the filter: agreements this partner is a party to
     * @param visibleTo the caller's scope (a partner user's own partner, likewise a party); null for everyone else
     */
    public record Criteria(String program, UUID partnerId, UUID visibleTo) {
    }

    public record Page(List<CapacityAgreementEntity> items, long totalCount) {
    }

    /** By name, then id: the page, then its total; parties and sources batched for the whole page. */
    public Page page(Criteria criteria, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.program() != null) {
            conditions.add("lower(a.program) = lower(:program)");
            parameters.put("program", criteria.program());
        }
        if (criteria.partnerId() != null) {
            conditions.add(partyCondition("partner"));
            parameters.put("partner", criteria.partnerId());
        }
        if (criteria.visibleTo() != null) {
            conditions.add(partyCondition("scope"));
            parameters.put("scope", criteria.visibleTo());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<CapacityAgreementEntity> items = getEntityManager().createQuery(
                "select a from CapacityAgreementEntity a" + where + " order by lower(a.name), a.id", CapacityAgreementEntity.class);
        TypedQuery<Long> count = getEntityManager().createQuery("select count(a) from CapacityAgreementEntity a" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<CapacityAgreementEntity> page = items.setFirstResult(offset).setMaxResults(limit).getResultList();
        // a page that is not full ends the list: its total needs no second query
        long total = page.isEmpty() && offset > 0 || page.size() == limit ? count.getSingleResult() : offset + page.size();
        return new Page(page, total);
    }

    /** Agreements any of these partners is a party to, by name then id. */
    public List<CapacityAgreementEntity> ofAnyParty(Collection<UUID> partnerIds) {
        return partnerIds.isEmpty() ? List.of() : getEntityManager().createQuery("""
                        select a from CapacityAgreementEntity a
                        where a.id in (select b.id from CapacityAgreementEntity b join b.parties p where p.partnerId in :partners)
                        order by lower(a.name), a.id""", CapacityAgreementEntity.class)
                .setParameter("partners", partnerIds).getResultList();
    }

    /** The agreement with its row locked, so two updates based on the same version can't both pass. */
    public Optional<CapacityAgreementEntity> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static String partyCondition(String parameter) {
        return PARTY.formatted(parameter);
    }
}
