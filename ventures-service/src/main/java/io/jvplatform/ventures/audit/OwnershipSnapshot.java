package io.jvplatform.ventures.audit;

import io.jvplatform.ventures.domain.LedgerEntry;
import io.jvplatform.ventures.domain.LedgerHead;
import io.jvplatform.ventures.domain.Stake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A venture's ownership as the audit trail compares it: the ledger's version and latest entry's
 * date and reason, and the stakes by partner id. Keyed by partner, a transfer's entry names the two
 * stakes it moved ({@code stakes.<from>}, {@code stakes.<to>}), not the whole table.
 */
public record OwnershipSnapshot(int ledgerVersion, LocalDate effectiveDate, String reason, Map<String, BigDecimal> stakes) {

    /** Before a change: the head the change is appended to (a head keeps no reason). */
    public static OwnershipSnapshot of(LedgerHead head) {
        return new OwnershipSnapshot(head.version(), head.latestEffectiveDate(), null, byPartner(head));
    }

    /** After {@code entry}: the head it made. */
    public static OwnershipSnapshot after(LedgerEntry entry, LedgerHead next) {
        return new OwnershipSnapshot(next.version(), entry.effectiveDate(), entry.reason(), byPartner(next));
    }

    private static Map<String, BigDecimal> byPartner(LedgerHead head) {
        Map<String, BigDecimal> stakes = new TreeMap<>();
        for (Stake stake : head.latest().stakes()) {
            stakes.put(stake.partnerId().toString(), stake.percentage());
        }
        return stakes;
    }
}
