package io.jvplatform.ventures.client;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A GraphQL response body; {@code errors} is null or empty on success. */
public record GraphQLResponse(JsonNode data, List<JsonNode> errors) {

    public boolean hasErrors() {
        return errors != null && !errors.isEmpty();
    }
}
