package io.jvplatform.support.audit;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The trace id an audit entry records: this service's span when it traces, else the caller's traceparent. */
class TraceIdsTests {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @ParameterizedTest
    @ValueSource(strings = {"00-" + TRACE + "-00f067aa0ba902b7-01", "00-" + TRACE + "-00f067aa0ba902b7-00",
            "01-" + TRACE + "-00f067aa0ba902b7-01", "  00-" + TRACE + "-00f067aa0ba902b7-01 "})
    void aWellFormedTraceparentGivesItsTraceId(String header) {
        assertThat(TraceIds.fromHeader(header)).isEqualTo(TRACE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "00", "00-" + TRACE, "00-" + TRACE + "-00f067aa0ba902b7",
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e47366-00f067aa0ba902b7-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",
            "00-" + TRACE + "-00f067aa0ba902b-01",
            "0-" + TRACE + "-00f067aa0ba902b7-01",
            "00_" + TRACE + "_00f067aa0ba902b7_01",
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01"})
    void aMalformedOrInvalidTraceparentGivesNone(String header) {
        assertThat(TraceIds.fromHeader(header)).isNull();
    }

    @Test
    void theCurrentSpansTraceIdIsTakenWhenThisServiceTraces() {
        String own = "0af7651916cd43dd8448eb211c80319c";
        Span span = Span.wrap(SpanContext.create(own, "b7ad6b7169203331", TraceFlags.getSampled(), TraceState.getDefault()));

        try (Scope ignored = span.makeCurrent()) {
            assertThat(new TraceIds(null).current()).isEqualTo(own);
        }
    }

    @Test
    void anUnsampledSpanStillNamesItsTrace() {
        String own = "0af7651916cd43dd8448eb211c80319d";
        Span span = Span.wrap(SpanContext.create(own, "b7ad6b7169203331", TraceFlags.getDefault(), TraceState.getDefault()));

        try (Scope ignored = span.makeCurrent()) {
            assertThat(new TraceIds(null).current()).isEqualTo(own);
        }
    }

    @Test
    void aTraceIdFitsTheColumnOfTheAuditTable() throws Exception {
        String migration;
        try (var in = TraceIdsTests.class.getResourceAsStream("/db/audit/R__jv_audit_entry.sql")) {
            migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(migration).contains("trace_id    char(" + TraceIds.fromHeader("00-" + TRACE + "-00f067aa0ba902b7-01").length() + ")");
    }
}
