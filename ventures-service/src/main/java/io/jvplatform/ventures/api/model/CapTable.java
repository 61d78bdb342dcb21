package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

@Description("Who owns how much on a date, derived from the first ledgerVersion ledger entries")
public record CapTable(@NonNull LocalDate asOf, int ledgerVersion, @NonNull List<@NonNull Stake> stakes,
                       @Description("exactly two owners with equal stakes") boolean parity) {
}
