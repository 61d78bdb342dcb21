package io.jvplatform.ventures.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.UUID;

@Embeddable
public record StakeEmbeddable(
        @Column(name = "partner_id", nullable = false) UUID partnerId,
        @Column(name = "percentage", nullable = false, precision = 7, scale = 4) BigDecimal percentage) {
}
