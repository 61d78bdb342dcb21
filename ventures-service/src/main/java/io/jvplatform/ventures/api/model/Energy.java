package io.jvplatform.ventures.api.model;

import java.math.BigDecimal;

/** How a venture is powered; also the input type EnergyInput. */
public record Energy(BigDecimal renewableSharePercent, String source) {
}
