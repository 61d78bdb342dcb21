package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Capacity in megawatts: zero or more, at most 3 decimals (kW precision). */
public final class Capacity {

    public static final int SCALE = 3;
    private static final BigDecimal LIMIT = new BigDecimal("1E9");

    private Capacity() {
    }

    public static BigDecimal megawatts(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new ValidationException(field, field + " must not be negative");
        }
        if (value.stripTrailingZeros().scale() > SCALE || value.compareTo(LIMIT) >= 0) {
            throw new ValidationException(field, field + " must have at most " + SCALE + " decimals and be below 10^9 MW");
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
