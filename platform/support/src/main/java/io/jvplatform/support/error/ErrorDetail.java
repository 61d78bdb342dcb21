package io.jvplatform.support.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One error as a client sees it: message plus the extensions we promise ({@code code}, and
 * {@code field} for bad input). {@code extra} carries the rest (e.g. {@code service} for
 * UPSTREAM_UNAVAILABLE, {@code limit} for refused queries); none is an empty map, never null.
 */
public record ErrorDetail(String message, String code, String field, Map<String, Object> extra) {

    public ErrorDetail {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (field != null) {
            extensions.put(FieldErrorExtensionProvider.KEY, field);
        }
        extra.forEach(extensions::putIfAbsent);
        return extensions;
    }
}
