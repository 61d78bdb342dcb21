package io.jvplatform.gateway.model.input;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.jvplatform.gateway.model.PartnerKind;

@Input("PartnerInput")
public record PartnerInput(
        @NonNull String name,
        String legalName,
        String lei,
        @NonNull String country,
        @NonNull PartnerKind kind,
        String website,
        String description) {
}
