package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages are exact decimals with four places (33.3334 / 33.3333 / 33.3333); a client that
 * sends more places gets an error instead of a silent rounding that would break the 100 % rule.
 */
public final class Percentage {

    public static final int SCALE = 4;
    public static final BigDecimal HUNDRED = new BigDecimal("100").setScale(SCALE);

    private Percentage() {
    }

    /** A percentage in (0, 100], normalised to scale 4. */
    public static BigDecimal positive(BigDecimal value, String field) {
        BigDecimal normalized = exact(value, field);
        if (normalized.signum() <= 0) {
            throw new ValidationException(field, field + " must be greater than 0, not " + value.toPlainString());
        }
        if (normalized.compareTo(HUNDRED) > 0) {
            throw new ValidationException(field, field + " must be at most 100, not " + value.toPlainString());
        }
        return normalized;
    }

    /** A percentage in [0, 100], normalised to scale 4. */
    public static BigDecimal share(BigDecimal value, String field) {
        BigDecimal normalized = exact(value, field);
        if (normalized.signum() < 0 || normalized.compareTo(HUNDRED) > 0) {
            throw new ValidationException(field, field + " must be between 0 and 100, not " + value.toPlainString());
        }
        return normalized;
    }

    private static BigDecimal exact(BigDecimal value, String field) {
        if (value == null) {
            throw new ValidationException(field, field + " is required");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new ValidationException(field, field + " may have at most " + SCALE + " decimal places, not " + value.toPlainString());
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
