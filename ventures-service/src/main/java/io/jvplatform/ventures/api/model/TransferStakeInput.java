package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

@Input("TransferStakeInput")
public record TransferStakeInput(int basedOnVersion, @NonNull LocalDate effectiveDate, @NonNull String reason,
                                 @NonNull @Id String fromPartnerId, @NonNull @Id String toPartnerId,
                                 @NonNull BigDecimal percentage) {
}
