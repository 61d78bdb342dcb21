package io.jvplatform.ventures.governance.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ChairInput")
public record ChairInput(@Id String seatId, boolean castingVote) {
}
