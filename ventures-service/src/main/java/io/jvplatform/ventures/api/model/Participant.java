package io.jvplatform.ventures.api.model;

import io.jvplatform.ventures.domain.ParticipantRole;
import org.eclipse.microprofile.graphql.NonNull;

/** A partner's role in a venture without equity. */
public record Participant(@NonNull Partner partner, @NonNull ParticipantRole role) {
}
