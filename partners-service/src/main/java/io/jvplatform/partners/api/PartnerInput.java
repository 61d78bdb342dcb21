package io.jvplatform.partners.api;

import io.jvplatform.partners.domain.IsoCountry;
import io.jvplatform.partners.domain.PartnerKind;
import io.jvplatform.partners.domain.ValidLei;
import io.jvplatform.partners.domain.ValidText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.Locale;

/**
 * What a client writes when it creates or updates a partner. The constraints are the partner
 * rules; the service checks them after {@link #normalized()} and reports a violation as
 * {@code VALIDATION} with {@code field = "input.<name>"}. Every text is plain text ({@link ValidText}:
 * no control characters, no unpaired surrogates; the description may span lines).
 */
@Input("PartnerInput")
public record PartnerInput(
        @NonNull @NotBlank @Size(max = 200) @ValidText String name,
        @Size(max = 300) @ValidText String legalName,
        @ValidLei @ValidText String lei,
        @NonNull @NotNull @IsoCountry @ValidText String country,
        @NonNull @NotNull PartnerKind kind,
        @Size(max = 2048) @Pattern(regexp = "https?://[^\\s/?#]+[^\\s]*", message = "must be an http(s) URL") @ValidText String website,
        @Size(max = 10000) @ValidText(multiLine = true) String description) {

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
