package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * When an ownership change may take effect. The ledger records changes that have happened, so an
 * effective date is never after the day the change is recorded (UTC), and never before the latest
 * entry's (version order is date order). Together these mean no accepted change can block a later
 * one: today is always a valid date for the next change. A future-dated entry was exactly that trap
 * (one "9999-12-31" froze a ledger for good). The floor only refuses typing accidents ("0025-07-31").
 */
public final class EffectiveDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final String FIELD = "input.effectiveDate";

    private EffectiveDates() {
    }

    /** The day a change recorded at {@code recordedAt} is recorded on, in UTC: the latest date it may take effect. */
    public static LocalDate recordingDay(OffsetDateTime recordedAt) {
        return recordedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * @param latest the latest entry's effective date, null for an empty ledger
     * @param today  the recording day (UTC)
     */
    static void check(LocalDate effectiveDate, LocalDate latest, LocalDate today) {
        if (effectiveDate.isAfter(today)) {
            throw new ValidationException(FIELD, "effective date " + effectiveDate + " is in the future (today is " + today
                    + " UTC): record a change once it has taken effect");
        }
        if (latest != null && effectiveDate.isBefore(latest)) {
            throw new ValidationException(FIELD, "effective date " + effectiveDate
                    + " is before the latest ledger entry's (" + latest + ")");
        }
        if (effectiveDate.isBefore(EARLIEST)) {
            throw new ValidationException(FIELD, "effective date " + effectiveDate + " is before " + EARLIEST);
        }
    }
}
