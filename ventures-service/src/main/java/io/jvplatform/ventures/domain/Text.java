package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;

/**
 * Free-text rules: trimmed, bounded, required where the schema says so, and only characters that
 * can be stored and shown. A NUL byte cannot be stored in PostgreSQL text at all (it failed as a
 * "System error"), other control characters corrupt logs and terminals, and a lone UTF-16 surrogate
 * is not text (it was stored as '?'): all are refused with the field. Multi-line fields (a
 * description, a reason) may hold line breaks and tabs.
 */
public final class Text {

    private Text() {
    }

    /** Trimmed value; blank, longer than {@code max} characters or with a forbidden character is a validation error on {@code field}. */
    public static String required(String value, String field, int max) {
        return required(value, field, max, false);
    }

    /** As {@link #required(String, String, int)}; {@code multiLine} allows \n, \r and \t. */
    public static String required(String value, String field, int max, boolean multiLine) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationException(field, field + " must not be blank");
        }
        return checked(trimmed, field, max, multiLine);
    }

    /** Trimmed value, or null when absent or blank. */
    public static String optional(String value, String field, int max) {
        return optional(value, field, max, false);
    }

    /** As {@link #optional(String, String, int)}; {@code multiLine} allows \n, \r and \t. */
    public static String optional(String value, String field, int max, boolean multiLine) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return checked(value.strip(), field, max, multiLine);
    }

    private static String checked(String value, String field, int max, boolean multiLine) {
        if (value.length() > max) {
            throw new ValidationException(field, field + " must be at most " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ValidationException(field, field + " contains an unpaired UTF-16 surrogate at position " + i);
            } else if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new ValidationException(field, field + " contains a control character (U+%04X) at position %d"
                        .formatted((int) c, i));
            }
        }
        return value;
    }
}
