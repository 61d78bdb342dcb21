package io.jvplatform.gateway.client;

import java.util.Map;

/**
 * A named, constant GraphQL document sent to a service. The text never changes with the
 * request (values travel as variables), so the service parses and validates it once and
 * serves it from its document cache; the name tags the downstream metrics.
 */
public record DownstreamOperation(String name, String document) {

    public GraphQLRequest request(Map<String, Object> variables) {
        return new GraphQLRequest(document, name, variables);
    }
}
