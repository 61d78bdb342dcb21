package io.jvplatform.ventures.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

@Embeddable
public record AgreementPartyEmbeddable(
        @Column(name = "partner_id", nullable = false) UUID partnerId,
        @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false) AgreementRole role) {
}
