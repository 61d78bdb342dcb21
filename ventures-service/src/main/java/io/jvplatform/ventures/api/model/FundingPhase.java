package io.jvplatform.ventures.api.model;

import io.jvplatform.ventures.domain.FundingPhaseKind;
import io.jvplatform.ventures.domain.FundingPhaseStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record FundingPhase(@NonNull @Id String id, @NonNull String name, int ordinal, @NonNull FundingPhaseKind kind,
                           @NonNull FundingPhaseStatus status, Money committedCapital, BigDecimal capacityMw,
                           LocalDate targetDate,
                           @Description("null when there is no capacity or no committed capital") Money capitalPerMw,
                           @Description("pro rata of the current cap table; amounts sum exactly to committedCapital")
                           @NonNull List<@NonNull Commitment> commitments,
                           @NonNull List<@NonNull Source> sources, int version) {
}
