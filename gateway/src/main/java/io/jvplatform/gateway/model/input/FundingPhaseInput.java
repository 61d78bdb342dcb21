package io.jvplatform.gateway.model.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.jvplatform.gateway.model.FundingPhaseKind;
import io.jvplatform.gateway.model.FundingPhaseStatus;

@Input("FundingPhaseInput")
public record FundingPhaseInput(
        @NonNull String name,
        int ordinal,
        @NonNull FundingPhaseKind kind,
        @NonNull FundingPhaseStatus status,
        MoneyInput committedCapital,
        BigDecimal capacityMw,
        LocalDate targetDate,
        List<@NonNull SourceInput> sources) {

    /** Sources are optional here; ventures-service wants a list, so none is an empty one. */
    public FundingPhaseInput {
        sources = sources == null ? List.of() : sources;
    }
}
