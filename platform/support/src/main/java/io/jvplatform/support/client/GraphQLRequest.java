package io.jvplatform.support.client;

import java.util.Map;

/** A GraphQL request body one service sends another: constant query text, values always as variables. */
public record GraphQLRequest(String query, Map<String, Object> variables) {
}
