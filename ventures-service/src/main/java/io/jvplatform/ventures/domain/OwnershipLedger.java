package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.ValidationException;
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
 * overwrite each other. Effective dates never go backwards, so version order is also date order and
 * the table at a date is simply the fold of the entries effective on or before it.
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

    /** The cap table in force on {@code date}: all entries effective on or before it. */
    public CapTable asOf(LocalDate date) {
        Map<UUID, BigDecimal> holdings = new LinkedHashMap<>();
        int applied = 0;
        for (LedgerEntry entry : entries) {
            if (entry.effectiveDate().isAfter(date)) {
                break;
            }
            holdings = entry.applyTo(holdings);
            applied = entry.version();
        }
        return CapTable.of(date, applied, holdings);
    }

    /** The table after every entry, including any dated in the future; new changes build on it. */
    public CapTable latest() {
        LocalDate lastDate = entries.isEmpty() ? LocalDate.MIN : entries.get(entries.size() - 1).effectiveDate();
        return asOf(lastDate);
    }

    /** The SET entry that {@code change} appends, checked against the ledger; the ledger itself is not modified. */
    public OwnershipSet entryFor(SetOwnership change, String actor, OffsetDateTime recordedAt) {
        checkAppendable(change.basedOnVersion(), change.effectiveDate());
        return new OwnershipSet(version() + 1, change.effectiveDate(), actor, change.reason(), recordedAt, change.stakes());
    }

    /** The TRANSFER entry that {@code change} appends, checked against the ledger. */
    public StakeTransfer entryFor(TransferStake change, String actor, OffsetDateTime recordedAt) {
        checkAppendable(change.basedOnVersion(), change.effectiveDate());
        BigDecimal held = latest().holdingOf(change.fromPartnerId()).orElse(null);
        if (held == null) {
            throw new ValidationException("input.fromPartnerId", "partner " + change.fromPartnerId() + " holds no stake to transfer");
        }
        if (change.percentage().compareTo(held) > 0) {
            throw new ValidationException("input.percentage", "cannot transfer " + change.percentage().toPlainString()
                    + " %: the giver holds only " + held.toPlainString() + " %");
        }
        StakeTransfer entry = new StakeTransfer(version() + 1, change.effectiveDate(), actor, change.reason(), recordedAt,
                change.fromPartnerId(), change.toPartnerId(), change.percentage());
        CapTable after = CapTable.of(change.effectiveDate(), entry.version(), entry.applyTo(latest().holdings()));
        if (after.total().compareTo(Percentage.HUNDRED) != 0) {
            // Only reachable if the stored ledger was already broken; refuse rather than compound it.
            throw new IllegalStateException("transfer would leave the cap table at " + after.total() + " %");
        }
        return entry;
    }

    /** The ledger with {@code entry} appended. */
    public OwnershipLedger append(LedgerEntry entry) {
        List<LedgerEntry> appended = new java.util.ArrayList<>(entries);
        appended.add(entry);
        return new OwnershipLedger(appended);
    }

    private void checkAppendable(int basedOnVersion, LocalDate effectiveDate) {
        if (basedOnVersion != version()) {
            throw new ConflictException("input.basedOnVersion", "the ownership ledger is at version " + version()
                    + ", not " + basedOnVersion + ": reload the cap table and try again");
        }
        if (!entries.isEmpty()) {
            LocalDate latest = entries.get(entries.size() - 1).effectiveDate();
            if (effectiveDate.isBefore(latest)) {
                throw new ValidationException("input.effectiveDate", "effective date " + effectiveDate
                        + " is before the latest ledger entry's (" + latest + ")");
            }
        }
    }
}
