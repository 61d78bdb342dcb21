package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

/** An amount (scale 2) in an ISO 4217 currency; also the input type MoneyInput. */
public record Money(@NonNull BigDecimal amount, @NonNull String currency) {
}
