package io.jvplatform.ventures.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.jvplatform.support.client.GraphQLRequest;
import io.jvplatform.support.client.GraphQLResponse;
import io.jvplatform.support.error.UpstreamUnavailableException;
import io.jvplatform.support.security.Callers;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Asks partners-service whether partners exist and are active, in one round trip.
 * <p>
 * A write waits for this answer, so it must come fast or not at all: the timeout and breaker values,
 * and why, are in application.properties ({@code quarkus.fault-tolerance."...PartnerDirectory/statusOf"}).
 * Any failure (refused, timed out, breaker open, an answer without data) becomes UPSTREAM_UNAVAILABLE.
 */
@ApplicationScoped
public class PartnerDirectory {

    static final String PARTNERS_BY_IDS = """
            query PartnersByIds($ids: [ID!]!) {
              partnersByIds(ids: $ids) { id archived }
            }
            """;

    private final PartnersRestClient client;
    private final Callers callers;

    PartnerDirectory(@RestClient PartnersRestClient client, Callers callers) {
        this.client = client;
        this.callers = callers;
    }

    @Timeout
    @CircuitBreaker
    @Fallback(fallbackMethod = "unavailable")
    public Map<UUID, PartnerStatus> statusOf(Collection<UUID> ids) {
        List<String> asked = ids.stream().map(UUID::toString).distinct().toList();
        GraphQLResponse response = client.execute(callers.current().authorization(),
                new GraphQLRequest(PARTNERS_BY_IDS, Map.of("ids", asked)));
        JsonNode partners = response.data() == null ? null : response.data().get("partnersByIds");
        if (partners == null || !partners.isArray() || partners.size() != asked.size()) {
            throw new IllegalStateException("partners-service answered without partnersByIds: " + response.errors());
        }
        Map<UUID, PartnerStatus> statuses = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            JsonNode partner = partners.get(i);
            PartnerStatus status = partner == null || partner.isNull() ? PartnerStatus.UNKNOWN
                    : partner.path("archived").asBoolean(false) ? PartnerStatus.ARCHIVED : PartnerStatus.ACTIVE;
            statuses.put(UUID.fromString(asked.get(i)), status);
        }
        return statuses;
    }

    /** Turns whatever went wrong into the stable error code, and leaves the cause in the log. */
    Map<UUID, PartnerStatus> unavailable(Collection<UUID> ids, Throwable failure) {
        Log.warnf("partners-service call failed: %s", String.valueOf(failure));
        throw new UpstreamUnavailableException("partners-service is unavailable, so the partners could not be checked; nothing was written");
    }
}
