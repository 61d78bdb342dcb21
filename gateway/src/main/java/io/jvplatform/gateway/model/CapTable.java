package io.jvplatform.gateway.model;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Who owns what on a date, derived from the ownership ledger.")
public record CapTable(
        @NonNull LocalDate asOf,
        @Description("Number of ledger entries the table is derived from") int ledgerVersion,
        @NonNull List<@NonNull Stake> stakes,
        @Description("Exactly two owners with equal stakes: the deadlock risk JV governance cares about") boolean parity) {
}
