package io.jvplatform.gateway.client;

import java.util.Map;

import io.jvplatform.support.client.GraphQLRequest;

/**
 * A named GraphQL document sent to a service. Its text depends only on the client's document
 * (values travel as variables), so a client that keeps its query constant gets a constant
 * downstream text, which the service parses and validates once; the name tags the metrics.
 */
public record DownstreamOperation(String name, String document) {

    /** The cheapest document a GraphQL server answers: readiness. */
    public static final DownstreamOperation PING = new DownstreamOperation("Ping", "query Ping { __typename }");

    public GraphQLRequest request(Map<String, Object> variables) {
        return new GraphQLRequest(document, name, variables);
    }
}
