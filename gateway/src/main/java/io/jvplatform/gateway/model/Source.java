package io.jvplatform.gateway.model;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a number came from: public figures conflict, so the reader sees the source.")
public record Source(@NonNull String title, String url, LocalDate date) {
}
