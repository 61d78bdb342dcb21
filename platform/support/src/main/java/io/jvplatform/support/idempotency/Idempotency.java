package io.jvplatform.support.idempotency;

import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.UnauthenticatedException;
import io.jvplatform.support.security.Callers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a creating mutation safe to retry: with an {@value IdempotencyKeyHeader#NAME} header, the
 * first request with a key writes and its answer is kept ({@code jv.idempotency.retention}, 24 h);
 * a retry with the same key and the same input gets that answer again and writes nothing; the same
 * key with another input (or for another operation) is {@code CONFLICT}. Keys belong to the caller
 * (the token's subject): another user's identical key is another key, and never reads this answer.
 * Without the header the write simply runs.
 * <p>
 * Usage, in the API class: {@code idempotency.once("createPartner", arguments, Partner.class, () -> partners.create(...))}
 * where {@code arguments} holds everything the client sent (a record or a map; it is compared as
 * JSON) and the answer type can be read back from JSON (records are).
 * <p>
 * The service must include the store's migration ({@code quarkus.flyway.locations=db/migration,db/idempotency}).
 */
@ApplicationScoped
public class Idempotency {

    private final IdempotencyKeyHeader header;
    private final IdempotencyStore store;
    private final Callers callers;

    Idempotency(IdempotencyKeyHeader header, IdempotencyStore store, Callers callers) {
        this.header = header;
        this.store = store;
        this.callers = callers;
    }

    /**
     * Runs {@code write} once per key. One transaction holds the key, the write (which joins it)
     * and the recorded answer: a write that fails leaves no key behind, and a concurrent request
     * with the same key waits for this one and then gets its answer.
     */
    @Transactional
    public <T> T once(String operation, Object input, Class<T> answerType, Supplier<T> write) {
        Optional<String> key = header.value();
        if (key.isEmpty()) {
            return write.get();
        }
        String subject = callers.current().subject().orElseThrow(UnauthenticatedException::new);
        String fingerprint = IdempotencyJson.fingerprint(operation, input);
        Optional<IdempotencyStore.Recorded> earlier = store.claim(subject, key.get(), operation, fingerprint);
        if (earlier.isPresent()) {
            IdempotencyStore.Recorded recorded = earlier.get();
            if (!recorded.operation().equals(operation) || !recorded.requestHash().equals(fingerprint)) {
                throw new ConflictException(IdempotencyKeyHeader.NAME, "this " + IdempotencyKeyHeader.NAME
                        + " was already used for another request; send a new key with a new request");
            }
            return IdempotencyJson.read(recorded.result(), answerType);
        }
        T answer = write.get();
        store.record(subject, key.get(), IdempotencyJson.write(answer));
        return answer;
    }
}
