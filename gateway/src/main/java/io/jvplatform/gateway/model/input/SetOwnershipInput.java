package io.jvplatform.gateway.model.input;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SetOwnershipInput")
public record SetOwnershipInput(
        @Description("The ledger version this change was based on; a stale one is a CONFLICT") int basedOnVersion,
        @NonNull LocalDate effectiveDate,
        @NonNull String reason,
        @NonNull List<@NonNull StakeInput> stakes) {
}
