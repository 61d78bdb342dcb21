package io.jvplatform.gateway.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One error as a client sees it: message plus the extensions we promise
 * ({@code code}, and {@code field} for bad input). {@code extra} carries the rest
 * (e.g. {@code service} for UPSTREAM_UNAVAILABLE, {@code limit} for refused queries).
 */
public record ErrorDetail(String message, String code, String field, Map<String, Object> extra) {

    public Map<String, Object> extensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (field != null) {
            extensions.put("field", field);
        }
        if (extra != null) {
            extra.forEach(extensions::putIfAbsent);
        }
        return extensions;
    }
}
