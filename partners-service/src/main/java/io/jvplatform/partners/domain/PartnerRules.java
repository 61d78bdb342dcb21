package io.jvplatform.partners.domain;

import io.jvplatform.partners.api.PartnerInput;
import io.jvplatform.support.error.ValidationException;
import io.jvplatform.support.text.Countries;
import io.jvplatform.support.text.PlainText;

import java.util.regex.Pattern;

/**
 * The rules of a partner's input, checked explicitly as ventures-service checks its own (no Bean
 * Validation: one style for both services, runnable in a plain unit test). A broken rule is
 * {@code VALIDATION} of {@code input.<field>}; with several broken, the first field in
 * alphabetical order is reported, so the answer to a given input is always the same.
 */
public final class PartnerRules {

    public static final int NAME_MAX = 200;
    public static final int LEGAL_NAME_MAX = 300;
    public static final int WEBSITE_MAX = 2048;
    public static final int DESCRIPTION_MAX = 10_000;
    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s/?#]+[^\\s]*");

    private PartnerRules() {
    }

    /** Checks an input already {@link PartnerInput#normalized() normalized} (trimmed, codes upper-case). */
    public static PartnerInput checked(PartnerInput input) {
        // fields in alphabetical order: country, description, kind, legalName, lei, name, website
        if (input.country() == null) {
            throw refused("country", "is required");
        }
        text("country", input.country(), false);
        Countries.required(input.country(), "input.country");
        text("description", input.description(), true);
        bounded("description", input.description(), DESCRIPTION_MAX);
        if (input.kind() == null) {
            throw refused("kind", "is required");
        }
        text("legalName", input.legalName(), false);
        bounded("legalName", input.legalName(), LEGAL_NAME_MAX);
        text("lei", input.lei(), false);
        if (input.lei() != null) {
            Lei.problem(input.lei()).ifPresent(problem -> {
                throw refused("lei", problem);
            });
        }
        if (input.name() == null || input.name().isBlank()) {
            throw refused("name", "must not be blank");
        }
        text("name", input.name(), false);
        bounded("name", input.name(), NAME_MAX);
        text("website", input.website(), false);
        bounded("website", input.website(), WEBSITE_MAX);
        if (input.website() != null && !WEB_URL.matcher(input.website()).matches()) {
            throw refused("website", "must be an http(s) URL");
        }
        return input;
    }

    private static void text(String field, String value, boolean multiLine) {
        PlainText.check("input." + field, value, multiLine);
    }

    private static void bounded(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw refused(field, "must be at most " + max + " characters");
        }
    }

    private static ValidationException refused(String field, String problem) {
        return new ValidationException("input." + field, "input." + field + " " + problem);
    }
}
