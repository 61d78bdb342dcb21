package io.jvplatform.ventures.persistence;

import io.jvplatform.ventures.domain.ParticipantRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

@Embeddable
public record ParticipantEmbeddable(
        @Column(name = "partner_id", nullable = false) UUID partnerId,
        @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false) ParticipantRole role) {
}
