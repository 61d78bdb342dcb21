package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

@Input("TransferStakeInput")
public record TransferStakeInput(@Description("The ledgerVersion read from the venture or any of its cap tables; CONFLICT when another change came first")
                                 int basedOnVersion,
                                 @Description("The day the change takes effect: not after today (UTC), not before the latest ledger entry's effective date, not before 1900-01-01")
                                 @NonNull LocalDate effectiveDate, @NonNull String reason,
                                 @NonNull @Id String fromPartnerId, @NonNull @Id String toPartnerId,
                                 @NonNull BigDecimal percentage) {
}
