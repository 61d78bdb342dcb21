package io.jvplatform.support.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A GraphQL response body from a service. {@code data} stays a tree because each caller reads its
 * own shape; {@code errors} is null or empty on success. Both are kept: one document may carry
 * several root fields, some answered and some refused.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GraphQLResponse(JsonNode data, List<Error> errors) {

    public boolean hasErrors() {
        return errors != null && !errors.isEmpty();
    }

    /** The value under a root field (alias) of the document sent; null when absent or null. */
    public JsonNode at(String alias) {
        JsonNode value = data == null ? null : data.get(alias);
        return value == null || value.isNull() ? null : value;
    }

    /** One entry of {@code errors}; our services' extensions carry {@code code} and {@code field}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(String message, List<Object> path, Map<String, Object> extensions) {

        public String extension(String name) {
            Object value = extensions == null ? null : extensions.get(name);
            return value == null ? null : value.toString();
        }
    }
}
