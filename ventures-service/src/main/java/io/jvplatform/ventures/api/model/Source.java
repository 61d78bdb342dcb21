package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** Where a public figure came from (figures conflict, so readers see the source); also SourceInput. */
public record Source(@NonNull String title, String url, LocalDate date) {
}
