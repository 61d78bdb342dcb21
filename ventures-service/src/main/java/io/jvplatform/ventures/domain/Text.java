package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;

/** Free-text rules: trimmed, bounded, and required where the schema says so. */
public final class Text {

    private Text() {
    }

    /** Trimmed value; blank or longer than {@code max} characters is a validation error on {@code field}. */
    public static String required(String value, String field, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(field, field + " must not be blank");
        }
        return bounded(trimmed, field, max);
    }

    /** Trimmed value, or null when absent or blank. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(value.strip(), field, max);
    }

    private static String bounded(String value, String field, int max) {
        if (value.length() > max) {
            throw new ValidationException(field, field + " must be at most " + max + " characters");
        }
        return value;
    }
}
