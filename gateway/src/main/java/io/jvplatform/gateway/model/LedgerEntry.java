package io.jvplatform.gateway.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One change of a venture's ownership: SET carries the whole new table, TRANSFER moves a percentage.")
public record LedgerEntry(
        int version,
        @NonNull LedgerChangeType type,
        @NonNull LocalDate effectiveDate,
        @NonNull String actor,
        @NonNull String reason,
        @NonNull OffsetDateTime recordedAt,
        List<@NonNull Stake> stakes,
        @Ignore PartnerRef fromRef,
        @Ignore PartnerRef toRef,
        BigDecimal percentage) {
}
