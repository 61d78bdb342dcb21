package io.jvplatform.gateway.client;

import java.net.ConnectException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.jvplatform.support.client.GraphQLResponse;
import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ForbiddenException;
import io.jvplatform.support.error.UnauthenticatedException;
import io.jvplatform.support.error.UpstreamUnavailableException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

/**
 * What every downstream call shares, whichever service it goes to: it is counted and timed
 * per service and operation ({@value #REQUESTS}, {@value #LATENCY}); a refused connection
 * becomes {@link ServiceDownException} (the one failure the breakers count), a refused token
 * the caller's refusal, and a service that cannot answer UPSTREAM_UNAVAILABLE. A GraphQL
 * answer with errors is an answer: its errors are read per root field ({@link RootFieldErrors}).
 */
@ApplicationScoped
public class DownstreamCalls {

    /** Forwarded on mutations: the service makes a retried create return its first answer. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    public static final String REQUESTS = "gateway.downstream.requests";
    public static final String LATENCY = "gateway.downstream.latency";

    private final MeterRegistry registry;

    public DownstreamCalls(MeterRegistry registry) {
        this.registry = registry;
    }

    public Uni<GraphQLResponse> send(String service, DownstreamOperation operation, Supplier<Uni<GraphQLResponse>> call) {
        return Uni.createFrom().deferred(() -> {
            Counter.builder(REQUESTS).description("Requests sent to a service")
                    .tag("service", service).tag("operation", operation.name())
                    .register(registry).increment();
            Log.debugf("to %s: %s", service, operation.document());
            long start = System.nanoTime();
            return call.get().onItemOrFailure().invoke((response, failure) -> Timer.builder(LATENCY)
                    .description("Latency of requests sent to a service")
                    .tag("service", service).tag("operation", operation.name())
                    .tag("outcome", failure == null ? "answered" : "failed")
                    .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
        }).onFailure().transform(failure -> classify(service, failure));
    }

    public <T> Uni<T> unavailable(String service, DownstreamOperation operation, Throwable cause) {
        if (cause instanceof ApiException error) {
            return Uni.createFrom().failure(error);
        }
        if (cause instanceof CircuitBreakerOpenException) {
            Log.debugf("%s: circuit open, %s not sent", service, operation.name());
        } else {
            Log.warnf("%s did not answer %s: %s", service, operation.name(), cause.toString());
        }
        return Uni.createFrom().failure(UpstreamUnavailableException.of(service));
    }

    /**
     * A service that refuses the forwarded token at the HTTP level (401/403) is healthy and
     * speaking about the caller, as the gateway itself would: an answer for the client, not a
     * failure for the circuit breaker (which skips {@link ApiException}).
     */
    private static Throwable classify(String service, Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 401) {
                return new UnauthenticatedException();
            }
            if (status == 403) {
                return new ForbiddenException();
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return new ServiceDownException(service, failure);
            }
        }
        return failure;
    }
}
