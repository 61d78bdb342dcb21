package io.jvplatform.gateway.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A company that takes part in ventures.")
public record Partner(
        @NonNull @Id String id,
        @NonNull String name,
        String legalName,
        @Description("ISO 17442 Legal Entity Identifier") String lei,
        @NonNull @Description("ISO 3166-1 alpha-2") String country,
        @NonNull PartnerKind kind,
        String website,
        String description,
        boolean archived,
        int version) {
}
