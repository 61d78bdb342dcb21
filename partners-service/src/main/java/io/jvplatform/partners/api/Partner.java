package io.jvplatform.partners.api;

import io.jvplatform.partners.domain.PartnerKind;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A company as clients see it; a federation entity other subgraphs reference by {@code id}. */
@Type("Partner")
@Key(fields = @FieldSet("id"))
public record Partner(
        @Id @NonNull String id,
        @NonNull String name,
        String legalName,
        String lei,
        @NonNull String country,
        @NonNull PartnerKind kind,
        String website,
        String description,
        boolean archived,
        int version) {
}
