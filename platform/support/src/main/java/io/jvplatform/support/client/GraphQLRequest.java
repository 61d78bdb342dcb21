package io.jvplatform.support.client;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A GraphQL request body one part of the platform sends a service: constant query text, values
 * always as variables. The operation name tags the gateway's forwarded documents; a peer's
 * single-operation query goes without it (left out of the body rather than sent as null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables) {

    /** A document with one operation, which the service runs without being told its name. */
    public GraphQLRequest(String query, Map<String, Object> variables) {
        this(query, null, variables);
    }
}
