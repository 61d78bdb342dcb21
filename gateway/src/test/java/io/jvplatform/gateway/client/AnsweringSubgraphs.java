package io.jvplatform.gateway.client;

import io.jvplatform.support.client.GraphQLRequest;
import io.jvplatform.support.client.GraphQLResponse;
import io.smallrye.mutiny.Uni;

/**
 * The two facades over fake endpoints, for unit tests outside this package (the REST client
 * interfaces are package-private): everything but the HTTP call is the real facade.
 */
public final class AnsweringSubgraphs {

    /** What a fake service does with one call: the forwarded token, the Idempotency-Key (or null), the body. */
    @FunctionalInterface
    public interface Endpoint {
        Uni<GraphQLResponse> execute(String authorization, String idempotencyKey, GraphQLRequest request);
    }

    private AnsweringSubgraphs() {
    }

    public static VenturesSubgraph ventures(Endpoint endpoint, DownstreamCalls calls) {
        return new VenturesSubgraph(endpoint::execute, calls);
    }

    public static PartnersSubgraph partners(Endpoint endpoint, DownstreamCalls calls) {
        return new PartnersSubgraph(endpoint::execute, calls);
    }
}
