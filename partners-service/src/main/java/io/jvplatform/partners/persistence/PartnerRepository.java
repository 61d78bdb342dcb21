package io.jvplatform.partners.persistence;

import io.jvplatform.partners.domain.PartnerKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<PartnerEntity, UUID> {

    /** All partners with these ids, in no particular order, in one query. */
    public List<PartnerEntity> listByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1", ids);
    }

    /**
     * Partners matching every given criterion (null = any), ordered by name case-insensitively
     * and then by id so that pages are stable.
     */
    public PanacheQuery<PartnerEntity> search(String nameContains, PartnerKind kind, String country,
                                              boolean includeArchived) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (nameContains != null) {
            conditions.add("lower(name) like :pattern escape '\\'");
            parameters.and("pattern", "%" + escapeLike(nameContains.toLowerCase(Locale.ROOT)) + "%");
        }
        if (kind != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", kind);
        }
        if (country != null) {
            conditions.add("country = :country");
            parameters.and("country", country);
        }
        if (!includeArchived) {
            conditions.add("archived = false");
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
        return find("from PartnerEntity " + where + "order by lower(name), id", parameters);
    }

    /** A search term is literal text: '%' and '_' in it must not act as wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
