package io.jvplatform.ventures.agreement.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The capacity agreements a partner is a party to. */
public record PartnerAgreements(@NonNull @Id String partnerId, @NonNull List<@NonNull CapacityAgreement> agreements) {
}
