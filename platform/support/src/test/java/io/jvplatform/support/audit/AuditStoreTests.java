package io.jvplatform.support.audit;

import io.jvplatform.devstack.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit table on a real PostgreSQL with the services' own migration: entries go in with their
 * changes as JSON, each trail pages newest first on its own, and nothing can change or remove them.
 */
class AuditStoreTests {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static EmbeddedDatabase database;
    private static DataSource dataSource;
    private static AuditStore store;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.startTemporary();
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(database.createDatabase("audit"));
        postgres.setUser(EmbeddedDatabase.USER);
        dataSource = postgres;
        try (var in = AuditStoreTests.class.getResourceAsStream("/db/audit/R__jv_audit_entry.sql");
             Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            statement.execute(migration);
            statement.execute(migration); // repeatable: Flyway runs it again whenever its text changes
        }
        store = new AuditStore(() -> dataSource);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @BeforeEach
    void empty() throws Exception {
        // the table refuses DELETE and TRUNCATE: the tests drop its trigger for a moment, as an operator would
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table jv_audit_entry disable trigger jv_audit_entry_no_truncate");
            statement.execute("truncate jv_audit_entry");
            statement.execute("alter table jv_audit_entry enable trigger jv_audit_entry_no_truncate");
        }
    }

    @Test
    void anEntryReadsBackWithWhoWhatWhenTheTraceAndItsChanges() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        List<AuditChange> changes = List.of(new AuditChange("name", "\"Stargate\"", "\"Stargate Norway\""),
                new AuditChange("stakes.a", null, "\"50.0000\""));

        store.append(AuditTarget.of("FundingPhase", "p1").in("Venture", "v1"), "addFundingPhase", "alice", TRACE, changes);

        List<AuditEntry> page = store.pages("Venture", List.of("v1"), 0, 10).get("v1");
        assertThat(page).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("alice");
            assertThat(entry.action()).isEqualTo("addFundingPhase");
            assertThat(entry.objectType()).isEqualTo("FundingPhase");
            assertThat(entry.objectId()).isEqualTo("p1");
            assertThat(entry.traceId()).isEqualTo(TRACE);
            assertThat(entry.changes()).isEqualTo(changes);
            assertThat(entry.at()).isAfter(before).isBefore(OffsetDateTime.now().plusSeconds(5));
        });
    }

    @Test
    void anUntracedWriteHasNoTraceId() {
        store.append(AuditTarget.of("Partner", "p1"), "createPartner", "bob", null, List.of());

        assertThat(store.pages("Partner", List.of("p1"), 0, 10).get("p1")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.traceId()).isNull();
                    assertThat(entry.changes()).isEmpty();
                });
    }

    @Test
    void aTrailPagesNewestFirst() {
        for (int i = 1; i <= 5; i++) {
            store.append(AuditTarget.of("Venture", "v1"), "update" + i, "alice", null, List.of());
        }

        assertThat(actions("v1", 0, 2)).containsExactly("update5", "update4");
        assertThat(actions("v1", 2, 2)).containsExactly("update3", "update2");
        assertThat(actions("v1", 4, 2)).containsExactly("update1");
        assertThat(store.pages("Venture", List.of("v1"), 5, 2)).doesNotContainKey("v1");
    }

    @Test
    void eachTrailOfOneStatementHasItsOwnPage() {
        store.append(AuditTarget.of("Venture", "v1"), "a1", "alice", null, List.of());
        store.append(AuditTarget.of("Venture", "v2"), "b1", "alice", null, List.of());
        store.append(AuditTarget.of("Venture", "v1"), "a2", "alice", null, List.of());
        store.append(AuditTarget.of("Venture", "v2"), "b2", "alice", null, List.of());
        store.append(AuditTarget.of("Venture", "v2"), "b3", "alice", null, List.of());

        Map<String, List<AuditEntry>> pages = store.pages("Venture", List.of("v1", "v2", "v3"), 0, 2);

        assertThat(pages).containsOnlyKeys("v1", "v2");
        assertThat(pages.get("v1")).extracting(AuditEntry::action).containsExactly("a2", "a1");
        assertThat(pages.get("v2")).extracting(AuditEntry::action).containsExactly("b3", "b2");
    }

    @Test
    void aTrailIsReadUnderItsTypeSoTheSameIdOfAnotherTypeIsAnotherTrail() {
        store.append(AuditTarget.of("Venture", "same-id"), "updateVenture", "alice", null, List.of());
        store.append(AuditTarget.of("Partner", "same-id"), "updatePartner", "alice", null, List.of());

        assertThat(store.pages("Partner", List.of("same-id"), 0, 10).get("same-id")).extracting(AuditEntry::action)
                .containsExactly("updatePartner");
    }

    @Test
    void thePartsOfAnObjectAreInItsTrailNotTheirOwn() {
        store.append(AuditTarget.of("BoardSeat", "s1").in("Venture", "v1"), "addBoardSeat", "alice", null, List.of());

        assertThat(store.pages("BoardSeat", List.of("s1"), 0, 10)).isEmpty();
        assertThat(store.pages("Venture", List.of("v1"), 0, 10).get("v1")).extracting(AuditEntry::objectType)
                .containsExactly("BoardSeat");
    }

    @Test
    void anEntryCannotBeChangedOrRemovedWhoeverConnects() throws Exception {
        store.append(AuditTarget.of("Venture", "v1"), "updateVenture", "alice", null, List.of());

        for (String sql : List.of("update jv_audit_entry set actor = 'mallory'", "delete from jv_audit_entry",
                "truncate jv_audit_entry")) {
            assertThatThrownBy(() -> execute(sql)).as(sql).isInstanceOf(SQLException.class)
                    .hasMessageContaining("jv_audit_entry is append-only");
        }
        assertThat(store.pages("Venture", List.of("v1"), 0, 10).get("v1")).extracting(AuditEntry::actor).containsExactly("alice");
    }

    @Test
    void aStoreWithoutItsDatabaseSaysTheTrailIsUnavailable() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/none");
        AuditStore broken = new AuditStore(() -> nowhere);

        assertThatThrownBy(() -> broken.append(AuditTarget.of("Venture", "v1"), "updateVenture", "alice", null, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessage("audit trail unavailable");
        assertThatThrownBy(() -> broken.pages("Venture", List.of("v1"), 0, 10))
                .isInstanceOf(IllegalStateException.class).hasMessage("audit trail unavailable");
    }

    private static List<String> actions(String ventureId, int offset, int limit) {
        return store.pages("Venture", List.of(ventureId), offset, limit).get(ventureId).stream().map(AuditEntry::action).toList();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
