package io.jvplatform.ventures.api.model;

import io.jvplatform.ventures.domain.LedgerChangeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Description("One change of ownership: SET carries the whole new table, TRANSFER from/to/percentage")
public record LedgerEntry(int version, @NonNull LedgerChangeType type, @NonNull LocalDate effectiveDate,
                          @NonNull String actor, @NonNull String reason, @NonNull OffsetDateTime recordedAt,
                          List<@NonNull Stake> stakes, Partner from, Partner to, BigDecimal percentage) {
}
