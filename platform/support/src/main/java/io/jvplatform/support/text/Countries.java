package io.jvplatform.support.text;

import io.jvplatform.support.error.ValidationException;

import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes as the JDK knows them: a venture's jurisdiction and site, a
 * partner's country and the partners filter. The one place this rule is written, for both
 * services; refusals are {@code VALIDATION} with the field's path.
 */
public final class Countries {

    private static final Set<String> ALPHA_2 = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isAlpha2(String code) {
        return code != null && ALPHA_2.contains(code);
    }

    /** {@code code}, when it is a country code; otherwise {@code VALIDATION} of {@code field}. */
    public static String required(String code, String field) {
        if (!isAlpha2(code)) {
            throw new ValidationException(field, field + " must be an ISO 3166-1 alpha-2 country code (e.g. NO), not '" + code + "'");
        }
        return code;
    }

    /** As {@link #required}, with null for an absent or blank code. */
    public static String optional(String code, String field) {
        return code == null || code.isBlank() ? null : required(code, field);
    }
}
