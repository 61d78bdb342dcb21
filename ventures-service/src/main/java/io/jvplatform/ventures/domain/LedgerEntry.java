package io.jvplatform.ventures.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One append-only change of a venture's ownership; version n is the n-th entry (1-based). */
public sealed interface LedgerEntry permits LedgerEntry.OwnershipSet, LedgerEntry.StakeTransfer {

    int version();

    LocalDate effectiveDate();

    /** Who made the change; for an approved proposal, who proposed it. */
    String actor();

    /** The second admin who approved the proposal this entry came from; null for a direct change. */
    String approvedBy();

    String reason();

    OffsetDateTime recordedAt();

    LedgerChangeType type();

    /** The holdings after this change, given those before it. */
    Map<UUID, BigDecimal> applyTo(Map<UUID, BigDecimal> before);

    /** SET: a whole new cap table (founding, restructuring). */
    record OwnershipSet(int version, LocalDate effectiveDate, String actor, String approvedBy, String reason,
                        OffsetDateTime recordedAt, List<Stake> stakes) implements LedgerEntry {

        public OwnershipSet {
            stakes = stakes.stream().sorted(Stake.LARGEST_FIRST).toList();
        }

        @Override
        public LedgerChangeType type() {
            return LedgerChangeType.SET;
        }

        @Override
        public Map<UUID, BigDecimal> applyTo(Map<UUID, BigDecimal> before) {
            Map<UUID, BigDecimal> after = new java.util.LinkedHashMap<>();
            stakes.forEach(stake -> after.put(stake.partnerId(), stake.percentage()));
            return after;
        }
    }

    /** TRANSFER: {@code percentage} points move from one partner to another. */
    record StakeTransfer(int version, LocalDate effectiveDate, String actor, String approvedBy, String reason,
                         OffsetDateTime recordedAt, UUID fromPartnerId, UUID toPartnerId, BigDecimal percentage) implements LedgerEntry {

        @Override
        public LedgerChangeType type() {
            return LedgerChangeType.TRANSFER;
        }

        @Override
        public Map<UUID, BigDecimal> applyTo(Map<UUID, BigDecimal> before) {
            Map<UUID, BigDecimal> after = new java.util.LinkedHashMap<>(before);
            BigDecimal remaining = after.getOrDefault(fromPartnerId, BigDecimal.ZERO).subtract(percentage);
            if (remaining.signum() == 0) {
                after.remove(fromPartnerId);
            } else {
                after.put(fromPartnerId, remaining);
            }
            after.merge(toPartnerId, percentage, BigDecimal::add);
            return after;
        }
    }
}
