package io.jvplatform.ventures.agreement.model;

import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

public record AgreementPage(@NonNull List<@NonNull CapacityAgreement> items, int totalCount) {
}
