package io.jvplatform.gateway.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

public record FundingPhase(
        @NonNull @Id String id,
        @NonNull String name,
        int ordinal,
        @NonNull FundingPhaseKind kind,
        @NonNull FundingPhaseStatus status,
        @Description("Optional: an option phase may have none") Money committedCapital,
        BigDecimal capacityMw,
        LocalDate targetDate,
        @Description("Null when the phase has no capacity or no committed capital") Money capitalPerMw,
        @NonNull @Description("Each owner's pro-rata share of the committed capital, by the current cap table")
        List<@NonNull Commitment> commitments,
        @NonNull List<@NonNull Source> sources,
        int version) {
}
