package io.jvplatform.ventures.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who owns how much of a venture on a date, derived from the first {@code ledgerVersion} entries
 * of the ownership ledger. Empty before the founding entry.
 */
public record CapTable(LocalDate asOf, int ledgerVersion, List<Stake> stakes) {

    public CapTable {
        stakes = stakes.stream().sorted(Stake.LARGEST_FIRST).toList();
    }

    static CapTable of(LocalDate asOf, int ledgerVersion, Map<UUID, BigDecimal> holdings) {
        return new CapTable(asOf, ledgerVersion, holdings.entrySet().stream()
                .map(holding -> new Stake(holding.getKey(), holding.getValue()))
                .toList());
    }

    /** Exactly two owners with equal stakes: neither can outvote the other (JV deadlock risk). */
    public boolean parity() {
        return stakes.size() == 2 && stakes.get(0).percentage().compareTo(stakes.get(1).percentage()) == 0;
    }

    public Optional<BigDecimal> holdingOf(UUID partnerId) {
        return stakes.stream().filter(stake -> stake.partnerId().equals(partnerId)).map(Stake::percentage).findFirst();
    }

    public Map<UUID, BigDecimal> holdings() {
        Map<UUID, BigDecimal> holdings = new LinkedHashMap<>();
        stakes.forEach(stake -> holdings.put(stake.partnerId(), stake.percentage()));
        return holdings;
    }

    public BigDecimal total() {
        return stakes.stream().map(Stake::percentage).reduce(BigDecimal.ZERO.setScale(Percentage.SCALE), BigDecimal::add);
    }

    /** Owners in display order. */
    public List<UUID> owners() {
        return stakes.stream().map(Stake::partnerId).toList();
    }
}
