package io.jvplatform.gateway.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.jvplatform.gateway.client.AnsweringSubgraphs;
import io.jvplatform.gateway.client.DownstreamCalls;
import io.jvplatform.gateway.client.PartnersSubgraph;
import io.jvplatform.gateway.client.VenturesSubgraph;
import io.jvplatform.gateway.config.GatewayConfig;
import io.jvplatform.support.client.GraphQLRequest;
import io.jvplatform.support.client.GraphQLResponse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * The two services as a fast unit test sees them: each answers from a function of the
 * document it was sent, and every document is recorded. The one fake of the gateway's tests;
 * the end-to-end tests run against the real services.
 */
public final class RecordingServices {

    public static final ObjectMapper JSON = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    public final List<GraphQLRequest> toVentures = new ArrayList<>();
    public final List<GraphQLRequest> toPartners = new ArrayList<>();
    /** The Idempotency-Key sent with each call, in order (null when none). */
    public final List<String> keys = new ArrayList<>();
    public final Services services;

    public RecordingServices(Function<GraphQLRequest, String> ventures, Function<GraphQLRequest, String> partners) {
        DownstreamCalls calls = new DownstreamCalls(new SimpleMeterRegistry());
        VenturesSubgraph venturesService = AnsweringSubgraphs.ventures((authorization, key, request) -> {
            toVentures.add(request);
            keys.add(key);
            return Uni.createFrom().item(response(ventures.apply(request)));
        }, calls);
        PartnersSubgraph partnersService = AnsweringSubgraphs.partners((authorization, key, request) -> {
            toPartners.add(request);
            keys.add(key);
            return Uni.createFrom().item(response(partners.apply(request)));
        }, calls);
        this.services = new Services(venturesService, partnersService, new Paging(config()));
    }

    private static GraphQLResponse response(String json) {
        try {
            JsonNode answer = JSON.readTree(json);
            return JSON.treeToValue(answer, GraphQLResponse.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static GatewayConfig config() {
        GatewayConfig.Limits limits = new GatewayConfig.Limits() {
            public int maxDepth() { return 15; }
            public int maxComplexity() { return 500; }
            public int maxAliases() { return 50; }
            public int maxOperations() { return 5; }
            public int maxPageSize() { return 100; }
            public int defaultPageSize() { return 20; }
            public int maxDocumentCharacters() { return 100_000; }
            public int maxBodyBytes() { return 1_048_576; }
        };
        return new GatewayConfig() {
            public Limits limits() { return limits; }
            public Admission admission() { return null; }
        };
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
