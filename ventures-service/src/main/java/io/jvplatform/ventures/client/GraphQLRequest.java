package io.jvplatform.ventures.client;

import java.util.Map;

/** A GraphQL request body: constant query text, values always as variables. */
public record GraphQLRequest(String query, Map<String, Object> variables) {
}
