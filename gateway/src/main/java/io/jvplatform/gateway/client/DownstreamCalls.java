package io.jvplatform.gateway.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import com.fasterxml.jackson.databind.JsonNode;

import io.jvplatform.gateway.error.ErrorDetail;
import io.jvplatform.gateway.error.GatewayError;
import io.jvplatform.support.error.ErrorCodes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * What every downstream call shares, whichever service it goes to: it is counted and timed
 * per service and operation ({@value #REQUESTS}, {@value #LATENCY}), a GraphQL error answer
 * becomes a {@link GatewayError} carrying the service's own messages and codes, and a
 * service that cannot answer becomes UPSTREAM_UNAVAILABLE.
 */
@ApplicationScoped
public class DownstreamCalls {

    public static final String REQUESTS = "gateway.downstream.requests";
    public static final String LATENCY = "gateway.downstream.latency";

    private final MeterRegistry registry;

    public DownstreamCalls(MeterRegistry registry) {
        this.registry = registry;
    }

    public Uni<JsonNode> send(String service, DownstreamOperation operation, Supplier<Uni<GraphQLResponse>> call) {
        return Uni.createFrom().deferred(() -> {
            Counter.builder(REQUESTS).description("Requests sent to a service")
                    .tag("service", service).tag("operation", operation.name())
                    .register(registry).increment();
            long start = System.nanoTime();
            return call.get().onItemOrFailure().invoke((response, failure) -> Timer.builder(LATENCY)
                    .description("Latency of requests sent to a service")
                    .tag("service", service).tag("operation", operation.name())
                    .tag("outcome", failure == null ? "answered" : "failed")
                    .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
        }).onFailure(DownstreamCalls::refusedCredentials).transform(DownstreamCalls::asGatewayError)
                .onItem().transformToUni(response -> response.hasErrors()
                ? Uni.createFrom().failure(forwarded(service, operation, response.errors()))
                : Uni.createFrom().item(response.data()));
    }

    public <T> Uni<T> unavailable(String service, DownstreamOperation operation, Throwable cause) {
        if (cause instanceof CircuitBreakerOpenException) {
            Log.debugf("%s: circuit open, %s not sent", service, operation.name());
        } else {
            Log.warnf("%s did not answer %s: %s", service, operation.name(), cause.toString());
        }
        return Uni.createFrom().failure(GatewayError.upstreamUnavailable(service));
    }

    /**
     * A service that refuses the forwarded token at the HTTP level (401/403) is healthy and
     * speaking about the caller, as the gateway itself would: an answer for the client, not a
     * failure for the circuit breaker (which skips {@link GatewayError}).
     */
    private static boolean refusedCredentials(Throwable failure) {
        return failure instanceof WebApplicationException web
                && (web.getResponse().getStatus() == 401 || web.getResponse().getStatus() == 403);
    }

    private static Throwable asGatewayError(Throwable failure) {
        return ((WebApplicationException) failure).getResponse().getStatus() == 401
                ? GatewayError.unauthenticated()
                : GatewayError.forbidden();
    }

    private static GatewayError forwarded(String service, DownstreamOperation operation, List<DownstreamError> errors) {
        List<ErrorDetail> details = new ArrayList<>(errors.size());
        for (DownstreamError error : errors) {
            String code = error.extension("code");
            if (!ErrorCodes.STABLE.contains(code)) {
                // An error without a stable code is a fault between us and the service (e.g. a query
                // the service no longer accepts, a bug there), not the client's: log it, show nothing internal.
                Log.errorf("%s refused %s: %s", service, operation.name(), error.message());
                details.add(new ErrorDetail(service + " could not answer", ErrorCodes.INTERNAL, null, null));
            } else {
                details.add(new ErrorDetail(error.message(), code, error.extension("field"), null));
            }
        }
        return new GatewayError(details);
    }
}
