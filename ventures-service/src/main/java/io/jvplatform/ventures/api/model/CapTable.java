package io.jvplatform.ventures.api.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

@Description("Who owns how much on a date: the ledger entries effective on or before asOf")
public record CapTable(@NonNull LocalDate asOf,
                       @Description("The ledger's current version (its number of entries), whatever asOf: the basedOnVersion of the next change")
                       int ledgerVersion,
                       @NonNull List<@NonNull Stake> stakes,
                       @Description("exactly two owners with equal stakes") boolean parity) {
}
