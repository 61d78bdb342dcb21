package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes as the JDK knows them. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static String required(String code, String field) {
        if (code == null || !CODES.contains(code)) {
            throw new ValidationException(field, field + " must be an ISO 3166-1 alpha-2 country code (e.g. NO), not '" + code + "'");
        }
        return code;
    }

    public static String optional(String code, String field) {
        return code == null || code.isBlank() ? null : required(code, field);
    }
}
