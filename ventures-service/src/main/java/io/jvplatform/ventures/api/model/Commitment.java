package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

/** An owner's pro-rata share of a funding phase's committed capital. */
public record Commitment(@NonNull Partner partner, @NonNull BigDecimal percentage, @NonNull Money amount) {
}
