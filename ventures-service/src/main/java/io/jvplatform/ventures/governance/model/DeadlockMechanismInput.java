package io.jvplatform.ventures.governance.model;

import io.jvplatform.ventures.governance.DeadlockMechanism;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeadlockMechanismInput")
public record DeadlockMechanismInput(@NonNull DeadlockMechanism mechanism, String note) {
}
