package io.jvplatform.support.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A GraphQL response body from a peer service. {@code data} and the errors stay trees because each
 * caller reads its own shape; {@code errors} is null or empty on success.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GraphQLResponse(JsonNode data, List<JsonNode> errors) {

    public boolean hasErrors() {
        return errors != null && !errors.isEmpty();
    }
}
