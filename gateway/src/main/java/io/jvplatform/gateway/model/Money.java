package io.jvplatform.gateway.model;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record Money(
        @NonNull @Description("Decimal amount, 2 places") BigDecimal amount,
        @NonNull @Description("ISO 4217 currency code") String currency) {
}
