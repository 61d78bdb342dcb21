package io.jvplatform.support.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Table {@code jv_idempotency_key} (db/idempotency) on the service's own datasource, in the
 * caller's transaction: a claimed key, the write it guards and the recorded answer commit or roll
 * back together, so a failed write leaves its key free for the retry.
 */
@ApplicationScoped
class IdempotencyStore {

    /**
     * Inserts the key, or takes over an expired one. When another transaction holds the same key
     * uncommitted, PostgreSQL makes this statement wait for it (the primary key), so of two
     * concurrent requests with one key exactly one claims it and the other then reads its answer.
     */
    private static final String CLAIM = """
            insert into jv_idempotency_key (subject, idempotency_key, operation, request_hash, created_at)
            values (?, ?, ?, ?, now())
            on conflict (subject, idempotency_key) do update
               set operation = excluded.operation, request_hash = excluded.request_hash, result = null,
                   created_at = excluded.created_at
             where jv_idempotency_key.created_at < now() - ? * interval '1 second'
            """;
    private static final String READ = """
            select operation, request_hash, result from jv_idempotency_key where subject = ? and idempotency_key = ?
            """;
    private static final String RECORD = """
            update jv_idempotency_key set result = ? where subject = ? and idempotency_key = ?
            """;
    private static final String PURGE = """
            delete from jv_idempotency_key where created_at < now() - ? * interval '1 second'
            """;
    /** Expired keys are deleted at most this often, by whichever write comes along. */
    private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    /** What an earlier request with the same key recorded. */
    record Recorded(String operation, String requestHash, String result) {
    }

    /** Looked up on use: the gateway links this library too, and has no datasource (it never uses the store). */
    private final Supplier<DataSource> dataSource;
    private final long retentionSeconds;
    private final AtomicLong nextPurge = new AtomicLong();

    @Inject
    IdempotencyStore(Instance<DataSource> dataSource, IdempotencyConfig config) {
        this(dataSource::get, config);
    }

    /** For a datasource not from CDI (the store's own tests on an embedded PostgreSQL). */
    IdempotencyStore(Supplier<DataSource> dataSource, IdempotencyConfig config) {
        this.dataSource = dataSource;
        this.retentionSeconds = config.retention().toSeconds();
    }

    /** Empty when this request now owns the key; otherwise what the earlier request with it recorded. */
    Optional<Recorded> claim(String subject, String key, String operation, String requestHash) {
        try (Connection connection = dataSource.get().getConnection()) {
            purgeNowAndThen(connection);
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, subject);
                claim.setString(2, key);
                claim.setString(3, operation);
                claim.setString(4, requestHash);
                claim.setLong(5, retentionSeconds);
                if (claim.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement read = connection.prepareStatement(READ)) {
                read.setString(1, subject);
                read.setString(2, key);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("idempotency key neither claimed nor found");
                    }
                    return Optional.of(new Recorded(row.getString(1), row.getString(2), row.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    void record(String subject, String key, String result) {
        try (Connection connection = dataSource.get().getConnection();
             PreparedStatement record = connection.prepareStatement(RECORD)) {
            record.setString(1, result);
            record.setString(2, subject);
            record.setString(3, key);
            record.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    private void purgeNowAndThen(Connection connection) throws SQLException {
        long now = System.nanoTime();
        long due = nextPurge.get();
        if ((due != 0 && now - due < 0) || !nextPurge.compareAndSet(due, now + PURGE_INTERVAL.toNanos())) {
            return;
        }
        try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
            purge.setLong(1, retentionSeconds);
            purge.executeUpdate();
        }
    }
}
