package io.jvplatform.gateway.execution;

import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import io.jvplatform.gateway.error.GatewayError;

/**
 * Text a client sends must be text: a NUL byte or another control character (tab, line feed
 * and carriage return aside) in a name or description, or half of a UTF-16 surrogate pair,
 * cannot be stored faithfully and means a broken or hostile client. Refused here, for every
 * argument of every root field (literals and variables alike), with the path of the value.
 */
final class InputCheck {

    private InputCheck() {
    }

    static void check(ExecutableNormalizedField root) {
        for (Map.Entry<String, Object> argument : root.getResolvedArguments().entrySet()) {
            check(argument.getKey(), argument.getValue());
        }
    }

    private static void check(String path, Object value) {
        if (value instanceof String text) {
            String problem = problem(text);
            if (problem != null) {
                throw GatewayError.validation(path, path + " " + problem);
            }
        } else if (value instanceof Map<?, ?> object) {
            object.forEach((key, field) -> check(path + "." + key, field));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(path + "[" + i + "]", list.get(i));
            }
        }
    }

    /** What is wrong with {@code text}, or null. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c < 0x20 || c == 0x7F) {
                return "must not contain control characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text";
            }
        }
        return null;
    }
}
