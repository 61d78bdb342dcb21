package io.jvplatform.ventures.api.model;

import io.jvplatform.ventures.domain.VentureStatus;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

public record VentureInput(@NonNull String name, String legalName, @NonNull String jurisdiction, Site site,
                           String program, @NonNull VentureStatus status, LocalDate announcedDate, Energy energy,
                           String cooling, String description, List<@NonNull Source> sources) {
}
