package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The ventures in which a partner holds a current stake or any role. */
public record PartnerVentures(@NonNull @Id String partnerId, @NonNull List<@NonNull Venture> ventures) {
}
