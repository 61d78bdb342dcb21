package io.jvplatform.ventures.mapping;

import io.jvplatform.ventures.api.model.Source;
import io.jvplatform.ventures.domain.SourceCitation;
import io.jvplatform.ventures.persistence.SourceEmbeddable;

import java.util.List;

/** Sources of ventures, funding phases and capacity agreements: checked input to stored rows, and back. */
public final class SourceMapper {

    private SourceMapper() {
    }

    /** Checked client input, ready to store; errors name {@code field}[i].*. */
    public static List<SourceEmbeddable> toEmbeddables(List<Source> sources, String field) {
        List<SourceCitation> citations = sources == null ? null
                : sources.stream().map(source -> new SourceCitation(source.title(), source.url(), source.date())).toList();
        return SourceCitation.checked(citations, field).stream()
                .map(citation -> new SourceEmbeddable(citation.title(), citation.url(), citation.date()))
                .toList();
    }

    public static List<Source> toApi(List<SourceEmbeddable> sources) {
        return sources.stream().map(source -> new Source(source.title(), source.url(), source.date())).toList();
    }
}
