package io.jvplatform.gateway.model;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A partner's role in a venture; {@code partner} is resolved by {@code api.PartnerReferences}. */
public record Participant(@Ignore PartnerRef partnerRef, @NonNull ParticipantRole role) {
}
