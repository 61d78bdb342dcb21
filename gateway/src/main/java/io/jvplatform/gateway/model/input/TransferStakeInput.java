package io.jvplatform.gateway.model.input;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TransferStakeInput")
public record TransferStakeInput(
        int basedOnVersion,
        @NonNull LocalDate effectiveDate,
        @NonNull String reason,
        @NonNull @Id String fromPartnerId,
        @NonNull @Id String toPartnerId,
        @NonNull BigDecimal percentage) {
}
