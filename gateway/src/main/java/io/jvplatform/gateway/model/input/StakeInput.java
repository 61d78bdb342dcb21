package io.jvplatform.gateway.model.input;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StakeInput")
public record StakeInput(@NonNull @Id String partnerId, @NonNull BigDecimal percentage) {
}
