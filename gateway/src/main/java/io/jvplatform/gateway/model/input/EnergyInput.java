package io.jvplatform.gateway.model.input;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Input;

@Input("EnergyInput")
public record EnergyInput(BigDecimal renewableSharePercent, String source) {
}
