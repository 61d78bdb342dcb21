package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

@Input("SetOwnershipInput")
public record SetOwnershipInput(int basedOnVersion, @NonNull LocalDate effectiveDate, @NonNull String reason,
                                @NonNull List<@NonNull StakeInput> stakes) {
}
