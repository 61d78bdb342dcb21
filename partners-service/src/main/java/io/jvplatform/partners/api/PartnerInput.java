package io.jvplatform.partners.api;

import io.jvplatform.partners.domain.PartnerKind;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.Locale;

/**
 * What a client writes when it creates or updates a partner. The partner rules are checked after
 * {@link #normalized()} by {@code domain.PartnerRules}, which reports a broken one as
 * {@code VALIDATION} with {@code field = "input.<name>"}.
 */
@Input("PartnerInput")
public record PartnerInput(
        @NonNull String name,
        String legalName,
        String lei,
        @NonNull String country,
        @NonNull PartnerKind kind,
        String website,
        String description) {

    /**
     * Trims text, turns blank optional text into "not given" and upper-cases the codes (LEIs and
     * country codes are case-insensitive by their standards, and stored upper-case).
     */
    public PartnerInput normalized() {
        return new PartnerInput(trim(name), optional(legalName), upper(optional(lei)), upper(trim(country)), kind,
                optional(website), optional(description));
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String optional(String value) {
        String trimmed = trim(value);
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
