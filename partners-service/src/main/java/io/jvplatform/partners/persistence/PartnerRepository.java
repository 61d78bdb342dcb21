package io.jvplatform.partners.persistence;

import io.jvplatform.partners.domain.PartnerKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<PartnerEntity, UUID> {

    /**
     * The read path of the gateway's batched partner look-ups ({@code partnersByIds}, {@code _entities}):
     * one statement with the ids as one array parameter, whatever their number, so PostgreSQL and
     * the driver see the same prepared statement every time. Plain JDBC on purpose: Hibernate
     * re-interprets an HQL query with a list parameter on every call and builds a persistence
     * context for entities nobody will change (see the README, "Cost of partnersByIds").
     */
    private static final String BY_IDS = """
            select id, name, legal_name, lei, country, kind, website, description, archived, version
              from partner where id = any(?)
            """;

    private final DataSource dataSource;

    PartnerRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** All partners with these ids, in no particular order, in one query; detached, for reading only. */
    public List<PartnerEntity> listByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(BY_IDS)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            List<PartnerEntity> partners = new ArrayList<>(ids.size());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    partners.add(read(rows));
                }
            }
            return partners;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read partners by id", e);
        }
    }

    private static PartnerEntity read(ResultSet row) throws SQLException {
        PartnerEntity partner = new PartnerEntity();
        partner.id = row.getObject(1, UUID.class);
        partner.name = row.getString(2);
        partner.legalName = row.getString(3);
        partner.lei = row.getString(4);
        partner.country = row.getString(5);
        partner.kind = PartnerKind.valueOf(row.getString(6));
        partner.website = row.getString(7);
        partner.description = row.getString(8);
        partner.archived = row.getBoolean(9);
        partner.version = row.getInt(10);
        return partner;
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
