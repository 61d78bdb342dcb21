package io.jvplatform.support.audit;

import io.jvplatform.support.error.ValidationException;
import io.jvplatform.support.security.Callers;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the audit trail hands its store for a write (who, which request, the changed fields only) and
 * how it pages: bounds checked first, one statement for many trails, answers in the order asked.
 */
class AuditTrailTests {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final OffsetDateTime AT = OffsetDateTime.of(2025, 7, 31, 12, 0, 0, 0, ZoneOffset.UTC);

    record Venture(String name, String status) {
    }

    /** One append, as the store received it. */
    record Appended(AuditTarget target, String action, String actor, String traceId, List<AuditChange> changes) {
    }

    /** A store in memory: what the trail appends, and the pages it is asked for. */
    static final class RecordingStore extends AuditStore {
        final List<Appended> appended = new ArrayList<>();
        final List<String> asked = new ArrayList<>();
        final Map<String, List<AuditEntry>> entries = new LinkedHashMap<>();

        RecordingStore() {
            super(() -> null); // never asked: every method that would use it is overridden
        }

        @Override
        void append(AuditTarget target, String action, String actor, String traceId, List<AuditChange> changes) {
            appended.add(new Appended(target, action, actor, traceId, changes));
        }

        @Override
        Map<String, List<AuditEntry>> pages(String trailType, List<String> trailIds, int offset, int limit) {
            asked.add(trailType + " " + trailIds + " " + offset + " " + limit);
            Map<String, List<AuditEntry>> pages = new LinkedHashMap<>();
            trailIds.stream().filter(entries::containsKey).forEach(id -> pages.put(id, entries.get(id)));
            return pages;
        }
    }

    /** The request's trace id, as if read from its span or traceparent header. */
    static final class FixedTrace extends TraceIds {
        private final String id;

        FixedTrace(String id) {
            super(null);
            this.id = id;
        }

        @Override
        String current() {
            return id;
        }
    }

    private final RecordingStore store = new RecordingStore();

    @Test
    void aWriteIsRecordedWithTheCallersNameTheTraceAndOnlyTheChangedFields() {
        trail("alice", TRACE).record("updateVenture", AuditTarget.of("Venture", "v1"),
                new Venture("Stargate", "ANNOUNCED"), new Venture("Stargate", "ACTIVE"));

        assertThat(store.appended).containsExactly(new Appended(AuditTarget.of("Venture", "v1"), "updateVenture", "alice", TRACE,
                List.of(new AuditChange("status", "\"ANNOUNCED\"", "\"ACTIVE\""))));
    }

    @Test
    void aCreationRecordsEveryFieldAndAnUntracedRequestNoTrace() {
        trail("bob", null).record("createVenture", AuditTarget.of("Venture", "v2"), null, new Venture("Stargate UAE", "ANNOUNCED"));

        assertThat(store.appended).singleElement().satisfies(entry -> {
            assertThat(entry.traceId()).isNull();
            assertThat(entry.changes()).containsExactly(new AuditChange("name", null, "\"Stargate UAE\""),
                    new AuditChange("status", null, "\"ANNOUNCED\""));
        });
    }

    @Test
    void aWriteThatChangedNothingIsStillRecordedWithNoFields() {
        trail("alice", TRACE).record("updateVenture", AuditTarget.of("Venture", "v1"), new Venture("S", "ACTIVE"), new Venture("S", "ACTIVE"));

        assertThat(store.appended).singleElement().satisfies(entry -> assertThat(entry.changes()).isEmpty());
    }

    @Test
    void aPartIsRecordedUnderTheTrailItBelongsTo() {
        AuditTarget phase = AuditTarget.of("FundingPhase", "p1").in("Venture", "v1");

        trail("alice", TRACE).record("addFundingPhase", phase, null, Map.of("name", "Phase 1"));

        assertThat(store.appended).singleElement().extracting(Appended::target).isEqualTo(phase);
    }

    @Test
    void withoutATokenTheActorIsAnonymous() {
        new AuditTrail(store, new Callers(QuarkusSecurityIdentity.builder().setAnonymous(true).build()), new FixedTrace(null))
                .record("createPartner", AuditTarget.of("Partner", "p1"), null, Map.of("name", "Aker"));

        assertThat(store.appended).singleElement().extracting(Appended::actor).isEqualTo("anonymous");
    }

    @Test
    void eachTrailGetsItsPageInTheOrderAskedAndATrailWithoutEntriesAnEmptyOne() {
        store.entries.put("v1", List.of(entry("v1", "updateVenture")));
        store.entries.put("v2", List.of(entry("v2", "createVenture"), entry("v2", "addParticipant")));

        List<List<AuditEntry>> pages = trail("alice", TRACE).pages("Venture", List.of("v2", "v3", "v1"), 0, 20);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).extracting(AuditEntry::action).containsExactly("createVenture", "addParticipant");
        assertThat(pages.get(1)).isEmpty();
        assertThat(pages.get(2)).extracting(AuditEntry::action).containsExactly("updateVenture");
    }

    @Test
    void aTrailAskedForTwiceIsReadOnceAndAnsweredTwice() {
        store.entries.put("v1", List.of(entry("v1", "updateVenture")));

        List<List<AuditEntry>> pages = trail("alice", TRACE).pages("Venture", List.of("v1", "v2", "v1"), 5, 10);

        assertThat(store.asked).containsExactly("Venture [v1, v2] 5 10");
        assertThat(pages.get(0)).isEqualTo(pages.get(2)).hasSize(1);
    }

    @Test
    void noTrailsAreAnsweredWithNoPages() {
        assertThat(trail("alice", TRACE).pages("Venture", List.of(), 0, 20)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, AuditTrail.MAX_PAGE_SIZE})
    void aPageHoldsOneToAHundredEntries(int limit) {
        trail("alice", TRACE).pages("Venture", List.of("v1"), 0, limit);

        assertThat(store.asked).containsExactly("Venture [v1] 0 " + limit);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, AuditTrail.MAX_PAGE_SIZE + 1, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void anyOtherLimitIsRefusedOnTheLimitArgumentBeforeTheStoreIsAsked(int limit) {
        assertThatThrownBy(() -> trail("alice", TRACE).pages("Venture", List.of("v1"), 0, limit))
                .isInstanceOf(ValidationException.class)
                .hasMessage("limit must be between 1 and 100")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("limit");
        assertThat(store.asked).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void aNegativeOffsetIsRefusedOnTheOffsetArgument(int offset) {
        assertThatThrownBy(() -> trail("alice", TRACE).pages("Venture", List.of("v1"), offset, 20))
                .isInstanceOf(ValidationException.class)
                .hasMessage("offset must not be negative")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("offset");
        assertThat(store.asked).isEmpty();
    }

    @Test
    void aLargeOffsetIsPassedOn() {
        trail("alice", TRACE).pages("Partner", List.of("p1"), 1_000_000, 100);

        assertThat(store.asked).containsExactly("Partner [p1] 1000000 100");
    }

    private AuditTrail trail(String user, String trace) {
        SecurityIdentity identity = QuarkusSecurityIdentity.builder().setPrincipal(() -> user).build();
        return new AuditTrail(store, new Callers(identity), new FixedTrace(trace));
    }

    private static AuditEntry entry(String ventureId, String action) {
        return new AuditEntry(AT, "alice", action, "Venture", ventureId, TRACE, List.of());
    }
}
