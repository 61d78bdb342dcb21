package io.jvplatform.ventures.api.model;

import io.jvplatform.ventures.domain.VentureStatus;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

@Input("VentureInput")
public record VentureInput(@NonNull String name, String legalName, @NonNull String jurisdiction, Site site,
                           String program, @NonNull VentureStatus status, LocalDate announcedDate, Energy energy,
                           String cooling, String description, @Nullable List<@NonNull Source> sources) {
}
