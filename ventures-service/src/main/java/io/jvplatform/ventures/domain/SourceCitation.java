package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A cited source: a title, optionally an http(s) URL and a date. */
public record SourceCitation(String title, String url, LocalDate date) {

    public static final int MAX_PER_OWNER = 50;

    /** Checks and trims client input; errors name {@code field}[i].title / .url. */
    public static List<SourceCitation> checked(List<SourceCitation> sources, String field) {
        if (sources == null) {
            return List.of();
        }
        if (sources.size() > MAX_PER_OWNER) {
            throw new ValidationException(field, field + " may list at most " + MAX_PER_OWNER + " sources");
        }
        List<SourceCitation> checked = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String path = field + "[" + i + "]";
            SourceCitation source = sources.get(i);
            String title = Text.required(source.title(), path + ".title", 300);
            String url = Text.optional(source.url(), path + ".url", 2000);
            if (url != null && !isWebUrl(url)) {
                throw new ValidationException(path + ".url", path + ".url must be an http(s) URL");
            }
            checked.add(new SourceCitation(title, url, source.date()));
        }
        return checked;
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
