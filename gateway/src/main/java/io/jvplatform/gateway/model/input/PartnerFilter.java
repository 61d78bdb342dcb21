package io.jvplatform.gateway.model.input;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.jvplatform.gateway.model.PartnerKind;

@Input("PartnerFilter")
public record PartnerFilter(
        @Description("Part of the name, case-insensitive") String search,
        PartnerKind kind,
        String country,
        Boolean includeArchived) {
}
