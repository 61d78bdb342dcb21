package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;
import io.jvplatform.support.text.PlainText;

/**
 * Free-text rules: trimmed, bounded, required where the schema says so, and only characters that
 * can be stored and shown: service-support's {@link PlainText}, the rule both services share (it says
 * why). Multi-line fields (a description, a reason) may hold line breaks and tabs.
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
        PlainText.check(field, value, multiLine);
        return value;
    }
}
