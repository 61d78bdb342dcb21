package io.jvplatform.gateway.model.input;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.jvplatform.gateway.model.VentureStatus;

@Input("VentureInput")
public record VentureInput(
        @NonNull String name,
        String legalName,
        @NonNull String jurisdiction,
        SiteInput site,
        String program,
        @NonNull VentureStatus status,
        LocalDate announcedDate,
        EnergyInput energy,
        String cooling,
        String description,
        List<@NonNull SourceInput> sources) {

    /** Sources are optional here; ventures-service wants a list, so none is an empty one. */
    public VentureInput {
        sources = sources == null ? List.of() : sources;
    }
}
