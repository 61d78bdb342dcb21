package io.jvplatform.gateway.model.input;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
public record SourceInput(@NonNull String title, String url, LocalDate date) {
}
