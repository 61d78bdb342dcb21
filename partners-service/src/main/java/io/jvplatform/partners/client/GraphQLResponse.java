package io.jvplatform.partners.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** A GraphQL response body; {@code data} stays a tree because each caller reads its own shape. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GraphQLResponse(JsonNode data, List<Error> errors) {

    public boolean hasErrors() {
        return errors != null && !errors.isEmpty();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(String message, Map<String, Object> extensions) {
    }
}
