package io.jvplatform.ventures.domain;

import io.jvplatform.ventures.domain.LedgerEntry.OwnershipSet;
import io.jvplatform.ventures.domain.LedgerEntry.StakeTransfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A venture's append-only ownership ledger and the cap tables derived from it. Its version is the
 * number of entries; every change names the version it was based on, so two admins can't silently
 * overwrite each other. Effective dates never go backwards nor past the recording day
 * ({@link EffectiveDates}), so version order is also date order and the table at a date is simply
 * the fold of the entries effective on or before it.
 */
public final class OwnershipLedger {

    static final int REASON_MAX_LENGTH = 1000;

    private final List<LedgerEntry> entries;

    public OwnershipLedger(List<? extends LedgerEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(LedgerEntry::version)).map(LedgerEntry.class::cast).toList();
        for (int i = 0; i < this.entries.size(); i++) {
            if (this.entries.get(i).version() != i + 1) {
                throw new IllegalStateException("ledger versions must run 1..n without gaps, found " + this.entries.get(i).version() + " at " + (i + 1));
            }
        }
    }

    public static OwnershipLedger empty() {
        return new OwnershipLedger(List.of());
    }

    public int version() {
        return entries.size();
    }

    /** Oldest first. */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /**
     * The cap table in force on {@code date}: all entries effective on or before it. Its
     * ledgerVersion is the ledger's version, whatever the date: the version a change must be based on.
     */
    public CapTable asOf(LocalDate date) {
        Map<UUID, BigDecimal> holdings = new LinkedHashMap<>();
        for (LedgerEntry entry : entries) {
            if (entry.effectiveDate().isAfter(date)) {
                break;
            }
            holdings = entry.applyTo(holdings);
        }
        return CapTable.of(date, version(), holdings);
    }

    /** The table after every entry; new changes build on it. */
    public CapTable latest() {
        return head().latest();
    }

    /** What a write needs of this ledger (the venture row keeps the same, so writes need not replay). */
    public LedgerHead head() {
        LedgerHead head = LedgerHead.empty();
        for (LedgerEntry entry : entries) {
            head = head.after(entry);
        }
        return head;
    }

    /** The SET entry that {@code change} appends, checked against the ledger; the ledger itself is not modified. */
    public OwnershipSet entryFor(SetOwnership change, String actor, OffsetDateTime recordedAt) {
        return head().entryFor(change, actor, recordedAt);
    }

    /** The TRANSFER entry that {@code change} appends, checked against the ledger. */
    public StakeTransfer entryFor(TransferStake change, String actor, OffsetDateTime recordedAt) {
        return head().entryFor(change, actor, recordedAt);
    }

    /** The ledger with {@code entry} appended. */
    public OwnershipLedger append(LedgerEntry entry) {
        List<LedgerEntry> appended = new java.util.ArrayList<>(entries);
        appended.add(entry);
        return new OwnershipLedger(appended);
    }
}
