package io.jvplatform.gateway.client;

import java.util.List;
import java.util.Map;

/** One entry of a service's {@code errors}; the extensions carry {@code code} and {@code field}. */
public record DownstreamError(String message, List<Object> path, Map<String, Object> extensions) {

    public String extension(String name) {
        Object value = extensions == null ? null : extensions.get(name);
        return value == null ? null : value.toString();
    }
}
