package io.jvplatform.gateway.execution;

import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import io.jvplatform.support.error.ValidationException;
import io.jvplatform.support.text.PlainText;

/**
 * Text a client sends must be text (service-support's {@link PlainText}: no control characters
 * but line breaks and tabs, no half of a UTF-16 surrogate pair). Refused here, before any
 * service is asked, for every argument of every root field (literals and variables alike), with
 * the path of the value; the services apply the stricter per-field rule (no line break in a name).
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
                throw new ValidationException(path, path + " " + problem);
            }
        } else if (value instanceof Map<?, ?> object) {
            object.forEach((key, field) -> check(path + "." + key, field));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                check(path + "[" + i + "]", list.get(i));
            }
        }
    }

    /** What is wrong with {@code text}, or null: the services' rule, with line breaks allowed (a description's). */
    static String problem(String text) {
        return PlainText.problem(text, true).orElse(null);
    }
}
