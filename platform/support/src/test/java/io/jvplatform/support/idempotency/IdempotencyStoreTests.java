package io.jvplatform.support.idempotency;

import io.jvplatform.devstack.EmbeddedDatabase;
import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.UnauthenticatedException;
import io.jvplatform.support.security.Callers;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Idempotency-Key store on a real PostgreSQL with the services' own migration: one claim per
 * key and caller, the first answer for a retry, a conflict for another input, expiry, and a
 * concurrent request that waits for the first instead of writing twice.
 */
class IdempotencyStoreTests {

    private static final Duration DAY = Duration.ofHours(24);
    private static EmbeddedDatabase database;
    private static DataSource dataSource;

    record Answer(String id, String name) {
    }

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.startTemporary();
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(database.createDatabase("idempotency"));
        postgres.setUser("postgres");
        dataSource = postgres;
        try (var in = IdempotencyStoreTests.class.getResourceAsStream("/db/idempotency/R__jv_idempotency_key.sql");
             Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @BeforeEach
    void empty() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from jv_idempotency_key");
        }
    }

    @Test
    void theFirstRequestWithAKeyOwnsIt() {
        assertThat(store(DAY).claim("alice", "key-1", "createVenture", "hash-1")).isEmpty();
    }

    @Test
    void aRetryReadsWhatTheFirstRecorded() {
        IdempotencyStore store = store(DAY);
        store.claim("alice", "key-1", "createVenture", "hash-1");
        store.record("alice", "key-1", "{\"id\":\"v1\"}");

        assertThat(store.claim("alice", "key-1", "createVenture", "hash-1"))
                .contains(new IdempotencyStore.Recorded("createVenture", "hash-1", "{\"id\":\"v1\"}"));
    }

    @Test
    void anotherCallersIdenticalKeyIsAnotherKey() {
        IdempotencyStore store = store(DAY);
        store.claim("alice", "key-1", "createVenture", "hash-1");

        assertThat(store.claim("bob", "key-1", "createVenture", "hash-2")).isEmpty();
    }

    @Test
    void anExpiredKeyIsTakenOverAndForgetsItsAnswer() throws Exception {
        store(DAY).claim("alice", "key-1", "createVenture", "hash-1");
        store(DAY).record("alice", "key-1", "{\"id\":\"v1\"}");
        age("alice", "key-1", Duration.ofHours(25));

        assertThat(store(DAY).claim("alice", "key-1", "createPartner", "hash-9")).isEmpty();
        assertThat(rows()).containsExactly("alice key-1 createPartner hash-9 null");
    }

    @Test
    void expiredKeysArePurgedByTheNextWrite() throws Exception {
        IdempotencyStore store = store(DAY);
        store.claim("alice", "old", "createVenture", "hash-1");
        age("alice", "old", Duration.ofHours(30));

        store(DAY).claim("bob", "new", "createVenture", "hash-2");

        assertThat(rows()).containsExactly("bob new createVenture hash-2 null");
    }

    @Test
    void aConcurrentRequestWithTheSameKeyWaitsForTheFirstAndReadsItsAnswer() throws Exception {
        IdempotencyStore store = store(DAY);
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement insert = first.prepareStatement("insert into jv_idempotency_key"
                    + " (subject, idempotency_key, operation, request_hash, result) values ('alice', 'key-1', 'createVenture', 'h', '{}')")) {
                insert.executeUpdate();
            }
            CompletableFuture<Optional<IdempotencyStore.Recorded>> second =
                    CompletableFuture.supplyAsync(() -> store.claim("alice", "key-1", "createVenture", "h"));
            Thread.sleep(300);
            assertThat(second).as("waits for the first transaction").isNotDone();
            first.commit();

            assertThat(second.get(10, TimeUnit.SECONDS)).contains(new IdempotencyStore.Recorded("createVenture", "h", "{}"));
        }
    }

    @Test
    void onceWritesOnceAndAnswersARetryWithTheFirstAnswer() {
        AtomicInteger writes = new AtomicInteger();
        Idempotency idempotency = idempotency("key-1", "alice");

        Answer first = idempotency.once("createVenture", List.of("Stargate Norway"), Answer.class,
                () -> new Answer("v" + writes.incrementAndGet(), "Stargate Norway"));
        Answer retry = idempotency.once("createVenture", List.of("Stargate Norway"), Answer.class,
                () -> new Answer("v" + writes.incrementAndGet(), "Stargate Norway"));

        assertThat(retry).isEqualTo(first).isEqualTo(new Answer("v1", "Stargate Norway"));
        assertThat(writes).hasValue(1);
    }

    @Test
    void theSameKeyWithAnotherInputIsAConflictOnTheHeaderAndWritesNothing() {
        AtomicInteger writes = new AtomicInteger();
        Idempotency idempotency = idempotency("key-1", "alice");
        idempotency.once("createVenture", List.of("Stargate Norway"), Answer.class, () -> new Answer("v" + writes.incrementAndGet(), "N"));

        assertThatThrownBy(() -> idempotency.once("createVenture", List.of("Stargate Finland"), Answer.class,
                () -> new Answer("v" + writes.incrementAndGet(), "F")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field()).isEqualTo(IdempotencyKeyHeader.NAME);
        assertThatThrownBy(() -> idempotency.once("createPartner", List.of("Stargate Norway"), Answer.class,
                () -> new Answer("v" + writes.incrementAndGet(), "N")))
                .isInstanceOf(ConflictException.class);
        assertThat(writes).hasValue(1);
    }

    @Test
    void withoutAKeyEveryRequestWrites() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        Idempotency idempotency = idempotency(null, "alice");

        idempotency.once("createVenture", List.of("N"), Answer.class, () -> new Answer("v" + writes.incrementAndGet(), "N"));
        idempotency.once("createVenture", List.of("N"), Answer.class, () -> new Answer("v" + writes.incrementAndGet(), "N"));

        assertThat(writes).hasValue(2);
        assertThat(rows()).isEmpty();
    }

    @Test
    void aKeyWithoutACallerToFileItUnderIsUnauthenticated() {
        Idempotency idempotency = new Idempotency(header("key-1"), store(DAY),
                new Callers(QuarkusSecurityIdentity.builder().setAnonymous(true).build()));

        assertThatThrownBy(() -> idempotency.once("createVenture", List.of("N"), Answer.class, () -> new Answer("v1", "N")))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aWriteThatFailsLeavesNoAnswerBehind() throws Exception {
        Idempotency idempotency = idempotency("key-1", "alice");

        assertThatThrownBy(() -> idempotency.once("createVenture", List.of("N"), Answer.class, () -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class);

        // outside a transaction the claim stays, but no answer was recorded for a retry to read
        assertThat(rows()).containsExactly("alice key-1 createVenture " + IdempotencyJson.fingerprint("createVenture", List.of("N")) + " null");
    }

    @Test
    void aKeyYoungerThanTheRetentionIsNotTakenOver() throws Exception {
        store(DAY).claim("alice", "key-1", "createVenture", "hash-1");
        store(DAY).record("alice", "key-1", "{\"id\":\"v1\"}");
        age("alice", "key-1", Duration.ofHours(23));

        assertThat(store(DAY).claim("alice", "key-1", "createPartner", "hash-9"))
                .contains(new IdempotencyStore.Recorded("createVenture", "hash-1", "{\"id\":\"v1\"}"));
    }

    @Test
    void theRetentionIsTheConfiguredOne() throws Exception {
        IdempotencyStore hourly = store(Duration.ofHours(1));
        hourly.claim("alice", "key-1", "createVenture", "hash-1");
        age("alice", "key-1", Duration.ofMinutes(90));

        assertThat(hourly.claim("alice", "key-1", "createVenture", "hash-2")).as("expired after an hour").isEmpty();
        assertThat(store(Duration.ofHours(2)).claim("alice", "key-1", "createVenture", "hash-3"))
                .as("just claimed again").contains(new IdempotencyStore.Recorded("createVenture", "hash-2", null));
    }

    @Test
    void aClaimedKeyWithoutAnAnswerYetReadsAsClaimedWithNoResult() {
        IdempotencyStore store = store(DAY);
        store.claim("alice", "key-1", "createVenture", "hash-1");

        assertThat(store.claim("alice", "key-1", "createVenture", "hash-1"))
                .contains(new IdempotencyStore.Recorded("createVenture", "hash-1", null));
    }

    @Test
    void aStorePurgesAtMostOnceAnHour() throws Exception {
        IdempotencyStore store = store(DAY);
        store.claim("alice", "old", "createVenture", "hash-1");
        age("alice", "old", Duration.ofHours(30));

        store.claim("bob", "new", "createVenture", "hash-2");

        assertThat(rows()).as("the first claim purged; the next purge is due in an hour")
                .containsExactly("alice old createVenture hash-1 null", "bob new createVenture hash-2 null");
    }

    @Test
    void recordingAnAnswerTouchesOnlyThatCallersKey() throws Exception {
        IdempotencyStore store = store(DAY);
        store.claim("alice", "key-1", "createVenture", "hash-1");
        store.claim("bob", "key-1", "createVenture", "hash-1");

        store.record("bob", "key-1", "{\"id\":\"b\"}");

        assertThat(rows()).containsExactly("alice key-1 createVenture hash-1 null", "bob key-1 createVenture hash-1 {\"id\":\"b\"}");
    }

    @Test
    void aStoreWithoutItsDatabaseSaysSo() {
        IdempotencyStore broken = new IdempotencyStore(() -> {
            PGSimpleDataSource nowhere = new PGSimpleDataSource();
            nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/none");
            return nowhere;
        }, () -> DAY);

        assertThatThrownBy(() -> broken.claim("alice", "key-1", "createVenture", "hash-1"))
                .isInstanceOf(IllegalStateException.class).hasMessage("idempotency store unavailable");
        assertThatThrownBy(() -> broken.record("alice", "key-1", "{}"))
                .isInstanceOf(IllegalStateException.class).hasMessage("idempotency store unavailable");
    }

    private static Idempotency idempotency(String key, String subject) {
        return new Idempotency(header(key), store(DAY),
                new Callers(QuarkusSecurityIdentity.builder().setPrincipal(() -> subject).build()));
    }

    /** The header as the request carried it; reading the current Vert.x request needs a running Quarkus. */
    private static IdempotencyKeyHeader header(String key) {
        return new IdempotencyKeyHeader(null) {
            @Override
            public Optional<String> value() {
                return Optional.ofNullable(key);
            }
        };
    }

    private static IdempotencyStore store(Duration retention) {
        return new IdempotencyStore(() -> dataSource, () -> retention);
    }

    private static void age(String subject, String key, Duration by) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "update jv_idempotency_key set created_at = created_at - ? * interval '1 second' where subject = ? and idempotency_key = ?")) {
            update.setLong(1, by.toSeconds());
            update.setString(2, subject);
            update.setString(3, key);
            update.executeUpdate();
        }
    }

    private static List<String> rows() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select subject, idempotency_key, operation, request_hash, result"
                     + " from jv_idempotency_key order by subject, idempotency_key")) {
            List<String> all = new java.util.ArrayList<>();
            while (rows.next()) {
                all.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4) + " "
                        + rows.getString(5));
            }
            return all;
        }
    }
}
