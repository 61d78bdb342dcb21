package io.jvplatform.ventures.agreement.model;

import io.jvplatform.ventures.agreement.AgreementRole;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AgreementPartyInput")
public record AgreementPartyInput(@NonNull @Id String partnerId, @NonNull AgreementRole role) {
}
