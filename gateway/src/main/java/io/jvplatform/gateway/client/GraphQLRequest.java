package io.jvplatform.gateway.client;

import java.util.Map;

/** A GraphQL request to a service: constant query text, values only as variables. */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables) {
}
