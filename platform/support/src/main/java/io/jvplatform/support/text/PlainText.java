package io.jvplatform.support.text;

import io.jvplatform.support.error.ValidationException;

import java.util.Optional;

/**
 * What a text a client writes (a name, a description, ...) may hold: any Unicode text except
 * control characters and unpaired UTF-16 surrogates.
 * <p>
 * Why: a NUL byte cannot be stored by PostgreSQL at all (the write failed as an internal error),
 * other control characters break logs, CSV exports and terminals, and a lone surrogate is not a
 * character — UTF-8 has no encoding for it, so it was silently stored as {@code ?}. Line breaks
 * and tabs are allowed only in multi-line text (a description), never in a name or a code.
 * The one place this rule is written, for both services; refusals are {@code VALIDATION} with
 * the field's path.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Why {@code value} is not acceptable text, in words for the client; empty when it is (or is null). */
    public static Optional<String> problem(String value, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("must not contain an unpaired UTF-16 surrogate (at character " + (i + 1) + ")");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("must not contain an unpaired UTF-16 surrogate (at character " + (i + 1) + ")");
            }
            if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of("must not contain control characters" + (multiLine ? " other than line breaks and tabs" : "")
                        + String.format(" (U+%04X at character %d)", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    /** Refuses {@code value} as {@code VALIDATION} of {@code field} (e.g. {@code input.name}) when it is not acceptable text. */
    public static void check(String field, String value, boolean multiLine) {
        problem(value, multiLine).ifPresent(problem -> {
            throw new ValidationException(field, field + " " + problem);
        });
    }
}
