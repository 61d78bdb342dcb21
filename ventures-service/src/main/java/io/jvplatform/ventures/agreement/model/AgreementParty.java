package io.jvplatform.ventures.agreement.model;

import io.jvplatform.ventures.agreement.AgreementRole;
import io.jvplatform.ventures.api.model.Partner;
import org.eclipse.microprofile.graphql.NonNull;

public record AgreementParty(@NonNull Partner partner, @NonNull AgreementRole role) {
}
