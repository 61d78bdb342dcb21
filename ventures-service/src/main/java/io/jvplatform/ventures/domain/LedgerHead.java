package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.ValidationException;
import io.jvplatform.ventures.domain.LedgerEntry.OwnershipSet;
import io.jvplatform.ventures.domain.LedgerEntry.StakeTransfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * All a write needs to know of a ledger, whatever its length: its version (number of entries), the
 * latest entry's effective date and the cap table after every entry. The venture row keeps these, so
 * a change is checked and appended without reading the history.
 *
 * @param latestEffectiveDate null for an empty ledger
 * @param latest              the table after every entry; its asOf is the latest effective date
 */
public record LedgerHead(int version, LocalDate latestEffectiveDate, CapTable latest) {

    public static LedgerHead empty() {
        return new LedgerHead(0, null, new CapTable(LocalDate.MIN, 0, java.util.List.of()));
    }

    /** The SET entry that {@code change} appends, checked against this head. */
    public OwnershipSet entryFor(SetOwnership change, String actor, OffsetDateTime recordedAt) {
        return entryFor(change, actor, null, recordedAt);
    }

    /** The TRANSFER entry that {@code change} appends, checked against this head. */
    public StakeTransfer entryFor(TransferStake change, String actor, OffsetDateTime recordedAt) {
        return entryFor(change, actor, null, recordedAt);
    }

    /**
     * The entry that {@code change} appends, checked against this head: the one rule for a direct
     * change ({@code approvedBy} null) and for an approved proposal ({@code actor} its proposer).
     */
    public LedgerEntry entryFor(OwnershipChange change, String actor, String approvedBy, OffsetDateTime recordedAt) {
        if (change instanceof SetOwnership set) {
            return entryFor(set, actor, approvedBy, recordedAt);
        }
        return entryFor((TransferStake) change, actor, approvedBy, recordedAt);
    }

    private OwnershipSet entryFor(SetOwnership change, String actor, String approvedBy, OffsetDateTime recordedAt) {
        checkAppendable(change.basedOnVersion(), change.effectiveDate(), recordedAt);
        return new OwnershipSet(version + 1, change.effectiveDate(), actor, approvedBy, change.reason(), recordedAt, change.stakes());
    }

    private StakeTransfer entryFor(TransferStake change, String actor, String approvedBy, OffsetDateTime recordedAt) {
        checkAppendable(change.basedOnVersion(), change.effectiveDate(), recordedAt);
        BigDecimal held = latest.holdingOf(change.fromPartnerId()).orElse(null);
        if (held == null) {
            throw new ValidationException("input.fromPartnerId", "partner " + change.fromPartnerId() + " holds no stake to transfer");
        }
        if (change.percentage().compareTo(held) > 0) {
            throw new ValidationException("input.percentage", "cannot transfer " + change.percentage().toPlainString()
                    + " %: the giver holds only " + held.toPlainString() + " %");
        }
        StakeTransfer entry = new StakeTransfer(version + 1, change.effectiveDate(), actor, approvedBy, change.reason(), recordedAt,
                change.fromPartnerId(), change.toPartnerId(), change.percentage());
        CapTable after = CapTable.of(change.effectiveDate(), entry.version(), entry.applyTo(latest.holdings()));
        if (after.total().compareTo(Percentage.HUNDRED) != 0) {
            // Only reachable if the stored table was already broken; refuse rather than compound it.
            throw new IllegalStateException("transfer would leave the cap table at " + after.total() + " %");
        }
        return entry;
    }

    /** The head once {@code entry} (checked by {@code entryFor}) is appended. */
    public LedgerHead after(LedgerEntry entry) {
        return new LedgerHead(entry.version(), entry.effectiveDate(),
                CapTable.of(entry.effectiveDate(), entry.version(), entry.applyTo(latest.holdings())));
    }

    private void checkAppendable(int basedOnVersion, LocalDate effectiveDate, OffsetDateTime recordedAt) {
        if (basedOnVersion != version) {
            throw new ConflictException("input.basedOnVersion", "the ownership ledger is at version " + version
                    + ", not " + basedOnVersion + ": reload the cap table and try again");
        }
        EffectiveDates.check(effectiveDate, latestEffectiveDate, EffectiveDates.recordingDay(recordedAt));
    }
}
