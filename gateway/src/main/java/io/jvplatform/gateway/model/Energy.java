package io.jvplatform.gateway.model;

import java.math.BigDecimal;

public record Energy(BigDecimal renewableSharePercent, String source) {
}
