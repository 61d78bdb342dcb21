package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

/** An owner's share, percentage with scale 4. */
public record Stake(@NonNull Partner partner, @NonNull BigDecimal percentage) {
}
