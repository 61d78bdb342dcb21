package io.jvplatform.partners.client;

import java.util.Map;

/** A GraphQL request body: constant query text, values only as variables. */
public record GraphQLRequest(String query, Map<String, Object> variables) {
}
