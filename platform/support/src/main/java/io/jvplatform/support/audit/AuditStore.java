package io.jvplatform.support.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Table {@code jv_audit_entry} (db/audit) on the service's own datasource. An entry is inserted
 * on the caller's connection, in its transaction: it commits with the write it describes, and a
 * write that is rolled back (refused, conflicting, failing at commit) leaves no entry. Only
 * inserts and selects: the table refuses anything else.
 */
@ApplicationScoped
class AuditStore {

    private static final String APPEND = """
            insert into jv_audit_entry (trail_type, trail_id, object_type, object_id, action, actor, trace_id, changes)
            values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
            """;
    /** Each trail's page, newest first, for many trails in one statement (a page of ventures asks for all of theirs). */
    private static final String PAGES = """
            select trail_id, recorded_at, actor, action, object_type, object_id, trace_id, changes::text
              from (select e.*, row_number() over (partition by trail_id order by seq desc) as n
                      from jv_audit_entry e where trail_type = ? and trail_id = any(?)) page
             where n > ? and n <= ?
             order by trail_id, seq desc
            """;
    private static final TypeReference<List<AuditChange>> CHANGES = new TypeReference<>() {
    };

    /** Looked up when used: the gateway links this library too, and has no datasource (it never uses the store). */
    private final Supplier<DataSource> dataSource;

    @Inject
    AuditStore(Instance<DataSource> dataSource) {
        this(dataSource::get);
    }

    /** For a datasource not from CDI (the store's own tests on an embedded PostgreSQL), as IdempotencyStore. */
    AuditStore(Supplier<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    void append(AuditTarget target, String action, String actor, String traceId, List<AuditChange> changes) {
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement insert = connection.prepareStatement(APPEND)) {
            insert.setString(1, target.trailType());
            insert.setString(2, target.trailId());
            insert.setString(3, target.type());
            insert.setString(4, target.id());
            insert.setString(5, action);
            insert.setString(6, actor);
            if (traceId == null) {
                insert.setNull(7, Types.CHAR);
            } else {
                insert.setString(7, traceId);
            }
            insert.setString(8, AuditChanges.JSON.writeValueAsString(changes));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("audit trail unavailable", e);
        }
    }

    /** The page {@code offset}, {@code limit} of each trail, newest first; trails without entries are absent. */
    Map<String, List<AuditEntry>> pages(String trailType, List<String> trailIds, int offset, int limit) {
        Map<String, List<AuditEntry>> pages = new LinkedHashMap<>();
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement select = connection.prepareStatement(PAGES)) {
            select.setString(1, trailType);
            select.setArray(2, connection.createArrayOf("varchar", trailIds.toArray()));
            select.setLong(3, offset);
            select.setLong(4, (long) offset + limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    pages.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(new AuditEntry(
                            row.getObject(2, OffsetDateTime.class), row.getString(3), row.getString(4), row.getString(5),
                            row.getString(6), row.getString(7), AuditChanges.JSON.readValue(row.getString(8), CHANGES)));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("audit trail unavailable", e);
        }
        return pages;
    }
}
