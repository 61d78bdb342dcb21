package io.jvplatform.gateway.client;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.jvplatform.support.client.GraphQLResponse;
import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.security.Caller;
import io.smallrye.mutiny.Uni;

/**
 * ventures-service as the gateway's subgraph: executes a forwarded document there. The one way
 * to ventures-service. The timeout and breaker values, and why they are what they are, are in
 * application.properties ({@code quarkus.fault-tolerance."...VenturesSubgraph/execute"}); a
 * GraphQL error answer (bad input, not found) is a healthy service speaking: it is not a failure
 * for the breaker and is forwarded as it came.
 */
@ApplicationScoped
public class VenturesSubgraph {

    public static final String NAME = "ventures-service";

    private final VenturesRestClient client;
    private final DownstreamCalls calls;

    VenturesSubgraph(@RestClient VenturesRestClient client, DownstreamCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    @Timeout
    @CircuitBreaker(failOn = ServiceDownException.class, skipOn = ApiException.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = ApiException.class)
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
