package io.jvplatform.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.jvplatform.gateway.error.GatewayError;
import io.jvplatform.support.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * The one way to partners-service.
 * <ul>
 * <li>Timeout 2 s: a page of the dashboard takes tens of milliseconds downstream; a service that
 * has not answered in 2 s is hung, and the client is better served by partial data now.</li>
 * <li>Circuit breaker: when half of the last 4 calls found the service down (connection refused,
 * {@link ServiceDownException}), stop calling for 3 s. Only a refused connection counts: the first
 * breaker also counted timeouts, and at 50 concurrent users it opened on the platform's own
 * slowness and turned every answer into an error. A busy service is waited for (the gateway
 * bounds its own concurrency, see {@code http.Admission}); a hung one costs its timeout.
 * Short on purpose: the gateway must heal by itself within seconds of the service coming back.</li>
 * <li>No retry: the calls are already batched per request, a retry of a hung call would double
 * the wait, and a mutation must never be sent twice.</li>
 * <li>A GraphQL error answer (bad input, not found) is a healthy service speaking: it is not a
 * failure for the breaker and is forwarded as it came.</li>
 * </ul>
 */
@ApplicationScoped
public class PartnersService {

    public static final String NAME = "partners-service";

    private final PartnersClient client;
    private final DownstreamCalls calls;

    public PartnersService(@RestClient PartnersClient client, DownstreamCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 3, delayUnit = ChronoUnit.SECONDS,
            failOn = ServiceDownException.class, skipOn = GatewayError.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = GatewayError.class)
    public Uni<GraphQLResponse> execute(Caller caller, DownstreamOperation operation, Map<String, Object> variables,
            String idempotencyKey) {
        return calls.send(NAME, operation,
                () -> client.execute(caller.authorization(), idempotencyKey, operation.request(variables)));
    }

    Uni<GraphQLResponse> unavailable(Caller caller, DownstreamOperation operation, Map<String, Object> variables,
            String idempotencyKey, Throwable cause) {
        return calls.unavailable(NAME, operation, cause);
    }
}
