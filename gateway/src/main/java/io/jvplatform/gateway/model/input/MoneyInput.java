package io.jvplatform.gateway.model.input;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MoneyInput")
public record MoneyInput(@NonNull BigDecimal amount, @NonNull String currency) {
}
