package io.jvplatform.partners.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Legal Entity Identifier (ISO 17442): 18 characters that identify the company followed by
 * two check digits computed with ISO 7064 MOD 97-10 — the same scheme as IBANs, so a single
 * mistyped character is always caught.
 */
public final class Lei {

    public static final int LENGTH = 20;

    private static final Pattern CHARACTERS = Pattern.compile("[A-Z0-9]{18}[0-9]{2}");

    private Lei() {
    }

    public static boolean isValid(String candidate) {
        return problem(candidate).isEmpty();
    }

    /** What is wrong with {@code candidate}, in words a client can act on; empty when it is a valid LEI. */
    public static Optional<String> problem(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return Optional.of("must be exactly " + LENGTH + " characters");
        }
        if (!CHARACTERS.matcher(candidate).matches()) {
            return Optional.of("must be 18 characters A-Z or 0-9 followed by 2 check digits");
        }
        if (mod97(candidate) != 1) {
            return Optional.of("has invalid check digits (ISO 7064 MOD 97-10)");
        }
        return Optional.empty();
    }

    /** Appends the two check digits to an 18-character LEI prefix. */
    public static String withCheckDigits(String prefix) {
        if (prefix == null || prefix.length() != LENGTH - 2 || !prefix.chars().allMatch(Lei::isAlphanumeric)) {
            throw new IllegalArgumentException("an LEI prefix is 18 characters A-Z or 0-9: " + prefix);
        }
        int check = 98 - mod97(prefix + "00");
        return prefix + (check < 10 ? "0" : "") + check;
    }

    /**
     * The remainder of the number read with letters as two digits (A = 10 ... Z = 35), computed
     * digit by digit so it never overflows.
     */
    private static int mod97(String value) {
        int remainder = 0;
        for (int i = 0; i < value.length(); i++) {
            int digit = Character.digit(value.charAt(i), 36);
            remainder = (digit < 10 ? remainder * 10 + digit : remainder * 100 + digit) % 97;
        }
        return remainder;
    }

    private static boolean isAlphanumeric(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
