package io.jvplatform.support.idempotency;

import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.UnauthenticatedException;
import io.jvplatform.support.security.Callers;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule of an Idempotency-Key, with the store in memory (its SQL is {@link IdempotencyStoreTests}'):
 * which key a request is filed under, when the write runs, and what a retry or a reuse gets.
 */
class IdempotencyTests {

    record Input(String name, String country) {
    }

    record Answer(String id, String name) {
    }

    private static final Input AKER = new Input("Aker", "NO");

    /** Keys in memory, as the table holds them: claim once, record the answer. */
    static final class MemoryStore extends IdempotencyStore {
        final Map<String, Recorded> keys = new HashMap<>();
        final List<String> claims = new ArrayList<>();

        MemoryStore() {
            super(() -> null, () -> Duration.ofHours(24));
        }

        @Override
        Optional<Recorded> claim(String subject, String key, String operation, String requestHash) {
            claims.add(subject + "/" + key);
            Recorded earlier = keys.get(subject + "/" + key);
            if (earlier == null) {
                keys.put(subject + "/" + key, new Recorded(operation, requestHash, null));
                return Optional.empty();
            }
            return Optional.of(earlier);
        }

        @Override
        void record(String subject, String key, String result) {
            Recorded claimed = keys.get(subject + "/" + key);
            keys.put(subject + "/" + key, new Recorded(claimed.operation(), claimed.requestHash(), result));
        }
    }

    private final MemoryStore store = new MemoryStore();
    private final AtomicInteger writes = new AtomicInteger();

    @Test
    void withoutAKeyTheWriteRunsAndNothingIsClaimedNotEvenACaller() {
        Idempotency idempotency = new Idempotency(header(null), store, anonymous());

        Answer first = idempotency.once("createPartner", AKER, Answer.class, this::write);
        Answer second = idempotency.once("createPartner", AKER, Answer.class, this::write);

        assertThat(first).isEqualTo(new Answer("p1", "Aker"));
        assertThat(second).isEqualTo(new Answer("p2", "Aker"));
        assertThat(store.claims).isEmpty();
    }

    @Test
    void theFirstRequestWithAKeyWritesAndRecordsItsAnswerAsJson() {
        Answer answer = idempotency("k1", user("alice")).once("createPartner", AKER, Answer.class, this::write);

        assertThat(answer).isEqualTo(new Answer("p1", "Aker"));
        assertThat(store.keys).containsOnly(Map.entry("alice/k1", new IdempotencyStore.Recorded("createPartner",
                IdempotencyJson.fingerprint("createPartner", AKER), "{\"id\":\"p1\",\"name\":\"Aker\"}")));
    }

    @Test
    void aRetryGetsTheFirstAnswerAndWritesNothing() {
        Idempotency idempotency = idempotency("k1", user("alice"));
        Answer first = idempotency.once("createPartner", AKER, Answer.class, this::write);

        Answer retry = idempotency.once("createPartner", new Input("Aker", "NO"), Answer.class, this::write);

        assertThat(retry).isEqualTo(first);
        assertThat(writes).hasValue(1);
    }

    @Test
    void theSameKeyWithAnotherInputIsAConflictNamingTheHeader() {
        Idempotency idempotency = idempotency("k1", user("alice"));
        idempotency.once("createPartner", AKER, Answer.class, this::write);

        assertThatThrownBy(() -> idempotency.once("createPartner", new Input("Aker", "SE"), Answer.class, this::write))
                .isInstanceOf(ConflictException.class)
                .hasMessage("this Idempotency-Key was already used for another request; send a new key with a new request")
                .extracting(e -> ((ConflictException) e).field()).isEqualTo("Idempotency-Key");
        assertThat(writes).hasValue(1);
    }

    @Test
    void theSameKeyAndInputForAnotherOperationIsAConflictToo() {
        Idempotency idempotency = idempotency("k1", user("alice"));
        idempotency.once("createPartner", AKER, Answer.class, this::write);

        assertThatThrownBy(() -> idempotency.once("createVenture", AKER, Answer.class, this::write))
                .isInstanceOf(ConflictException.class);
        assertThat(writes).hasValue(1);
    }

    @Test
    void anotherCallersSameKeyIsAnotherKey() {
        idempotency("k1", user("alice")).once("createPartner", AKER, Answer.class, this::write);

        Answer bobs = idempotency("k1", user("bob")).once("createPartner", AKER, Answer.class, this::write);

        assertThat(bobs).isEqualTo(new Answer("p2", "Aker"));
        assertThat(store.keys).containsOnlyKeys("alice/k1", "bob/k1");
    }

    @Test
    void keysAreFiledUnderTheTokensSubjectNotTheUserName() {
        idempotency("k1", token("a6d1-subject", "alice")).once("createPartner", AKER, Answer.class, this::write);

        assertThat(store.keys).containsOnlyKeys("a6d1-subject/k1");
    }

    @Test
    void aKeyWithoutACallerIsUnauthenticatedAndNothingIsClaimedOrWritten() {
        assertThatThrownBy(() -> idempotency("k1", anonymous()).once("createPartner", AKER, Answer.class, this::write))
                .isInstanceOf(UnauthenticatedException.class);
        assertThat(store.claims).isEmpty();
        assertThat(writes).hasValue(0);
    }

    @Test
    void aFailedWriteRecordsNoAnswer() {
        Idempotency idempotency = idempotency("k1", user("alice"));

        assertThatThrownBy(() -> idempotency.once("createPartner", AKER, Answer.class, () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(store.keys.get("alice/k1").result()).as("the transaction rolls the claim back too").isNull();
    }

    private Answer write() {
        return new Answer("p" + writes.incrementAndGet(), "Aker");
    }

    private Idempotency idempotency(String key, Callers caller) {
        return new Idempotency(header(key), store, caller);
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

    private static Callers user(String name) {
        return new Callers(QuarkusSecurityIdentity.builder().setPrincipal(() -> name).build());
    }

    private static Callers anonymous() {
        return new Callers(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
    }

    private static Callers token(String subject, String name) {
        Principal jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("sub");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "sub".equals(claimName) ? (T) subject : null;
            }
        };
        return new Callers(QuarkusSecurityIdentity.builder().setPrincipal(jwt).build());
    }
}
