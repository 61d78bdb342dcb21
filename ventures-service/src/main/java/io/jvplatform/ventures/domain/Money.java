package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ValidationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** An exact amount (scale 2) in an ISO 4217 currency. */
public record Money(BigDecimal amount, Currency currency) {

    public static final int SCALE = 2;
    /** Far above any real commitment, and inside the column's numeric(19,2). */
    private static final BigDecimal LIMIT = new BigDecimal("1E15");

    public Money {
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * Parses client input: amount > 0 with at most 2 decimals, a currency code the JDK knows.
     * Errors name {@code field}.amount / {@code field}.currency.
     */
    public static Money positive(BigDecimal amount, String currencyCode, String field) {
        if (amount == null) {
            throw new ValidationException(field + ".amount", field + ".amount is required");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new ValidationException(field + ".amount", field + ".amount may have at most " + SCALE + " decimal places");
        }
        if (amount.signum() <= 0 || amount.compareTo(LIMIT) >= 0) {
            throw new ValidationException(field + ".amount", field + ".amount must be greater than 0 and less than 10^15");
        }
        return new Money(amount, currency(currencyCode, field + ".currency"));
    }

    private static Currency currency(String code, String field) {
        // Currency.getInstance also accepts codes with no minor unit like XXX; real money has one.
        try {
            Currency currency = code == null ? null : Currency.getInstance(code);
            if (currency != null && currency.getDefaultFractionDigits() >= 0) {
                return currency;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        throw new ValidationException(field, field + " must be an ISO 4217 currency code (e.g. USD), not '" + code + "'");
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** Amount per unit (e.g. per MW), rounded half-even to the cent; null when there are no units. */
    public Money per(BigDecimal units) {
        if (units == null || units.signum() <= 0) {
            return null;
        }
        return new Money(amount.divide(units, SCALE, RoundingMode.HALF_EVEN), currency);
    }

    /**
     * Splits this amount by {@code percentages} (which sum to 100) so the parts add up to exactly
     * this amount: every part is rounded down to the cent, then the cents left over go one each to
     * the parts that lost the most in rounding (largest remainder); ties go to the earlier part, so
     * the result is deterministic for a given stake order.
     */
    public List<Money> allocate(List<BigDecimal> percentages) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        List<BigDecimal> floors = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        for (BigDecimal percentage : percentages) {
            BigDecimal exact = amount.multiply(percentage).divide(hundred);
            BigDecimal floor = exact.setScale(SCALE, RoundingMode.DOWN);
            floors.add(floor);
            remainders.add(exact.subtract(floor));
        }
        BigDecimal cent = BigDecimal.ONE.movePointLeft(SCALE);
        BigDecimal left = amount.subtract(floors.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        List<Integer> byRemainder = IntStream.range(0, percentages.size()).boxed()
                .sorted(Comparator.comparing(remainders::get).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int i = 0; left.signum() > 0 && !byRemainder.isEmpty(); i = (i + 1) % byRemainder.size()) {
            int index = byRemainder.get(i);
            floors.set(index, floors.get(index).add(cent));
            left = left.subtract(cent);
        }
        return floors.stream().map(part -> new Money(part, currency)).toList();
    }

    /** Sums per currency, ordered by currency code. */
    public static List<Money> totalsByCurrency(List<Money> amounts) {
        Map<String, Money> totals = new TreeMap<>();
        for (Money money : amounts) {
            totals.merge(money.currencyCode(), money, (a, b) -> new Money(a.amount.add(b.amount), a.currency));
        }
        return List.copyOf(totals.values());
    }
}
