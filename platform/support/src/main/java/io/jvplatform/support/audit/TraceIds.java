package io.jvplatform.support.audit;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.regex.Pattern;

/**
 * The trace id of the request being handled: the current OpenTelemetry span's when this service
 * traces (its server span continues the caller's trace, so gateway and service log one id); else
 * the one in the caller's W3C {@code traceparent} header, so that an entry can still be matched to
 * the caller's trace when tracing is off here ({@code quarkus.otel.sdk.disabled}, the default
 * outside a deployment with a collector); null when neither traced the request.
 */
@ApplicationScoped
class TraceIds {

    /** version "-" trace-id "-" parent-id "-" flags; an all-zero trace id is invalid (W3C Trace Context). */
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

    private final CurrentVertxRequest request;

    TraceIds(CurrentVertxRequest request) {
        this.request = request;
    }

    String current() {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return span.getTraceId();
        }
        return fromHeader(header());
    }

    static String fromHeader(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        var match = TRACEPARENT.matcher(traceparent.trim());
        if (!match.matches() || match.group(1).chars().allMatch(c -> c == '0')) {
            return null;
        }
        return match.group(1);
    }

    private String header() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext context = request.getCurrent();
        return context == null ? null : context.request().getHeader("traceparent");
    }
}
