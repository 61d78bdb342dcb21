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
                          @Description("Who made the change; for an approved proposal, the admin who proposed it")
                          @NonNull String actor,
                          @Description("The second admin who approved the proposal this change came from; null for a direct change")
                          String approvedBy,
                          @NonNull String reason, @NonNull OffsetDateTime recordedAt,
                          List<@NonNull Stake> stakes, Partner from, Partner to, BigDecimal percentage) {
}
