package io.jvplatform.ventures.api.model;

import io.jvplatform.ventures.domain.FundingPhaseKind;
import io.jvplatform.ventures.domain.FundingPhaseStatus;
import io.smallrye.graphql.api.Nullable;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Input("FundingPhaseInput")
public record FundingPhaseInput(@NonNull String name, int ordinal, @NonNull FundingPhaseKind kind,
                                @NonNull FundingPhaseStatus status, Money committedCapital, BigDecimal capacityMw,
                                LocalDate targetDate, @Nullable List<@NonNull Source> sources) {
}
