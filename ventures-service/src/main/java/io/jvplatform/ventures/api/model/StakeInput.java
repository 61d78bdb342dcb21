package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

@Input("StakeInput")
public record StakeInput(@NonNull @Id String partnerId, @NonNull BigDecimal percentage) {
}
