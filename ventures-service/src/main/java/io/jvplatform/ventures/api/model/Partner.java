package io.jvplatform.ventures.api.model;

import io.smallrye.graphql.api.federation.Key;
import io.smallrye.graphql.api.federation.FieldSet;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** A reference to a partner: partners-service owns partners and resolves the rest of their fields. */
@Key(fields = @FieldSet("id"))
@Description("A company; this service knows only its id, partners-service resolves the rest")
public record Partner(@NonNull @Id String id) {
}
