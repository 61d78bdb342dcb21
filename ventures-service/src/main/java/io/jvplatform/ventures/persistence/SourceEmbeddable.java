package io.jvplatform.ventures.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** Where a public figure came from; kept on ventures and funding phases. */
@Embeddable
public record SourceEmbeddable(
        @Column(name = "title", nullable = false) String title,
        @Column(name = "url") String url,
        @Column(name = "source_date") LocalDate date) {
}
