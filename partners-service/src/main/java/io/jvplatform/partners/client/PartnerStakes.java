package io.jvplatform.partners.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.jvplatform.support.client.GraphQLRequest;
import io.jvplatform.support.client.GraphQLResponse;
import io.jvplatform.support.error.UpstreamUnavailableException;
import io.jvplatform.support.security.Callers;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Asks ventures-service in which ventures a partner still holds a stake (before it is archived),
 * behind the fault tolerance. Any failure — refused connection, timeout, open breaker, an error
 * answer — becomes {@code UPSTREAM_UNAVAILABLE}: without a trustworthy answer we must not
 * archive, and the client should learn that quickly.
 */
@ApplicationScoped
public class PartnerStakes {

    private static final String ACTIVE_STAKES = """
            query ActiveStakes($partnerId: ID!) {
              activeStakes(partnerId: $partnerId) { id name }
            }
            """;

    /**
     * Looked up on each call, inside the fault tolerance: a client that cannot even be created
     * (no {@code quarkus.rest-client.ventures-service.url}) is then one more way of being
     * unavailable, reported and logged like the others.
     */
    private final Instance<VenturesRestClient> graphql;
    private final Callers callers;

    PartnerStakes(@RestClient Instance<VenturesRestClient> graphql, Callers callers) {
        this.graphql = graphql;
        this.callers = callers;
    }

    /**
     * The ventures that are not dissolved and in which the partner holds a current stake.
     * The timeout and breaker values, and why, are in application.properties
     * ({@code quarkus.fault-tolerance."...PartnerStakes/activeStakes"}).
     */
    @Timeout
    @CircuitBreaker
    @Fallback(fallbackMethod = "unavailable")
    public List<Venture> activeStakes(UUID partnerId) {
        GraphQLRequest request = new GraphQLRequest(ACTIVE_STAKES, Map.of("partnerId", partnerId.toString()));
        GraphQLResponse response = graphql.get().execute(callers.current().authorization(), request);
        JsonNode ventures = response.data() == null ? null : response.data().get("activeStakes");
        if (response.hasErrors() || ventures == null || !ventures.isArray()) {
            throw new IllegalStateException("ventures-service answered activeStakes with errors: " + response.errors());
        }
        List<Venture> result = new ArrayList<>();
        ventures.forEach(venture -> result.add(new Venture(venture.path("id").asText(), venture.path("name").asText())));
        return result;
    }

    List<Venture> unavailable(UUID partnerId, Throwable failure) {
        Log.warnf("cannot ask ventures-service for the stakes of partner %s: %s", partnerId, failure.toString());
        throw new UpstreamUnavailableException("ventures-service is unavailable, so the partner's stakes cannot be checked; try again later");
    }
}
