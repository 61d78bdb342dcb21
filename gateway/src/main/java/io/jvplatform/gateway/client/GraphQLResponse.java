package io.jvplatform.gateway.client;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

public record GraphQLResponse(JsonNode data, List<DownstreamError> errors) {

    public boolean hasErrors() {
        return errors != null && !errors.isEmpty();
    }
}
