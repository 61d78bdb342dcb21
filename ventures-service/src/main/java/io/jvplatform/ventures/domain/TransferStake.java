package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A request to move {@code percentage} points from one partner to another. Constructing one checks
 * what does not depend on the ledger; whether the giver holds enough is the ledger's call.
 */
public record TransferStake(int basedOnVersion, LocalDate effectiveDate, String reason,
                            UUID fromPartnerId, UUID toPartnerId, BigDecimal percentage) implements OwnershipChange {

    public TransferStake {
        if (effectiveDate == null) {
            throw new ValidationException("input.effectiveDate", "input.effectiveDate is required");
        }
        reason = Text.required(reason, "input.reason", OwnershipLedger.REASON_MAX_LENGTH, true);
        if (fromPartnerId == null) {
            throw new ValidationException("input.fromPartnerId", "input.fromPartnerId is required");
        }
        if (toPartnerId == null) {
            throw new ValidationException("input.toPartnerId", "input.toPartnerId is required");
        }
        if (fromPartnerId.equals(toPartnerId)) {
            throw new ValidationException("input.toPartnerId", "a partner cannot transfer a stake to itself");
        }
        percentage = Percentage.positive(percentage, "input.percentage");
    }

    @Override
    public LedgerChangeType type() {
        return LedgerChangeType.TRANSFER;
    }
}
