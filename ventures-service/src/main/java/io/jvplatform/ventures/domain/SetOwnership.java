package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A request to replace the whole cap table. Constructing one checks everything that does not
 * depend on the ledger: each stake > 0 with at most 4 decimals, a partner once, sum exactly 100.
 * Field paths name the GraphQL input ({@code input.stakes[i].percentage}), which this mirrors.
 */
public record SetOwnership(int basedOnVersion, LocalDate effectiveDate, String reason, List<Stake> stakes) implements OwnershipChange {

    public SetOwnership {
        if (effectiveDate == null) {
            throw new ValidationException("input.effectiveDate", "input.effectiveDate is required");
        }
        reason = Text.required(reason, "input.reason", OwnershipLedger.REASON_MAX_LENGTH, true);
        stakes = normalized(stakes);
    }

    @Override
    public LedgerChangeType type() {
        return LedgerChangeType.SET;
    }

    private static List<Stake> normalized(List<Stake> stakes) {
        if (stakes == null || stakes.isEmpty()) {
            throw new ValidationException("input.stakes", "a cap table needs at least one stake");
        }
        List<Stake> normalized = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO.setScale(Percentage.SCALE);
        for (int i = 0; i < stakes.size(); i++) {
            Stake stake = stakes.get(i);
            String path = "input.stakes[" + i + "]";
            if (stake.partnerId() == null) {
                throw new ValidationException(path + ".partnerId", path + ".partnerId is required");
            }
            if (!seen.add(stake.partnerId())) {
                throw new ValidationException(path + ".partnerId", "partner " + stake.partnerId() + " appears more than once");
            }
            BigDecimal percentage = Percentage.positive(stake.percentage(), path + ".percentage");
            normalized.add(new Stake(stake.partnerId(), percentage));
            total = total.add(percentage);
        }
        if (total.compareTo(Percentage.HUNDRED) != 0) {
            throw new ValidationException("input.stakes", "stakes must sum to exactly 100, not " + total.toPlainString());
        }
        return List.copyOf(normalized);
    }
}
