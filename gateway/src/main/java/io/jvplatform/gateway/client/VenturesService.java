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
 * The one way to ventures-service, with its fault tolerance (see {@link PartnersService} for
 * the reasoning behind the numbers).
 */
@ApplicationScoped
public class VenturesService {

    public static final String NAME = "ventures-service";

    private final VenturesClient client;
    private final DownstreamCalls calls;

    public VenturesService(@RestClient VenturesClient client, DownstreamCalls calls) {
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
