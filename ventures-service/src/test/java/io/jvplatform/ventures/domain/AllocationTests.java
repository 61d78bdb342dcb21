package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Commitments pro rata of the cap table: the parts always add up to the amount, to the cent. */
class AllocationTests {

    private static final Currency USD = Currency.getInstance("USD");

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "1000000000   | 50, 50                     | 500000000.00, 500000000.00",
            "1000000000   | 60, 40                     | 600000000.00, 400000000.00",
            "100          | 33.3334, 33.3333, 33.3333  | 33.34, 33.33, 33.33",
            "0.02         | 33.3334, 33.3333, 33.3333  | 0.01, 0.01, 0.00",
            "0.01         | 33.3334, 33.3333, 33.3333  | 0.01, 0.00, 0.00",
            "10           | 33.3333, 33.3334, 33.3333  | 3.33, 3.34, 3.33",
            "1            | 0.0001, 99.9999            | 0.00, 1.00",
            "999999.99    | 100                        | 999999.99",
            "7            | 25, 25, 25, 25             | 1.75, 1.75, 1.75, 1.75",
            "0.03         | 25, 25, 25, 25             | 0.01, 0.01, 0.01, 0.00"})
    void partsAreRoundedDownThenLeftoverCentsGoToTheLargestRemainders(String amount, String percentages, String parts) {
        List<Money> allocated = usd(amount).allocate(decimals(percentages));

        assertThat(allocated).extracting(Money::amount).containsExactlyElementsOf(decimals(parts));
        assertThat(sum(allocated)).isEqualByComparingTo(amount);
    }

    @Test
    void everyPartIsInTheAmountsCurrencyAtScaleTwo() {
        Money eur = new Money(new BigDecimal("10"), Currency.getInstance("EUR"));

        assertThat(eur.allocate(decimals("50, 50"))).allSatisfy(part -> {
            assertThat(part.currency()).isEqualTo(Currency.getInstance("EUR"));
            assertThat(part.amount().scale()).isEqualTo(Money.SCALE);
        });
    }

    @Test
    void theSumIsExactForAnyTableThatSumsToHundred() {
        Random random = new Random(20260202);
        for (int round = 0; round < 500; round++) {
            List<BigDecimal> table = randomTable(random, 1 + random.nextInt(8));
            Money amount = usd(BigDecimal.valueOf(random.nextLong(1, 100_000_000_000L), 2).toPlainString());

            List<Money> parts = amount.allocate(table);

            assertThat(parts).hasSameSizeAs(table);
            assertThat(sum(parts)).as("%s by %s", amount, table).isEqualByComparingTo(amount.amount());
            assertThat(parts).allSatisfy(part -> assertThat(part.amount().signum()).isNotNegative());
        }
    }

    @Test
    void noPartIsMoreThanACentFromItsExactShare() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<BigDecimal> table = randomTable(random, 2 + random.nextInt(5));
            Money amount = usd(BigDecimal.valueOf(random.nextLong(1, 10_000_000L), 2).toPlainString());

            List<Money> parts = amount.allocate(table);

            for (int i = 0; i < table.size(); i++) {
                BigDecimal exact = amount.amount().multiply(table.get(i)).divide(new BigDecimal("100"));
                assertThat(parts.get(i).amount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            }
        }
    }

    @ParameterizedTest(name = "{0} per {1} MW = {2}")
    @CsvSource({"1000000000, 230, 4347826.09", "100, 3, 33.33", "200, 3, 66.67", "0.05, 2, 0.02", "0.15, 2, 0.08", "10, 0.001, 10000.00"})
    void perUnitIsRoundedHalfEvenToTheCent(String amount, String units, String perUnit) {
        assertThat(usd(amount).per(new BigDecimal(units)).amount()).isEqualTo(new BigDecimal(perUnit));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1", "0.01", "999999999999999.99", "1000000000"})
    void positiveAmountsBelowTenToTheFifteenWithCentsAreMoney(String amount) {
        assertThat(Money.positive(new BigDecimal(amount), "NOK", "input.committedCapital").amount()).isEqualByComparingTo(amount);
    }

    @Test
    void tenToTheFifteenIsTooMuch() {
        assertThatThrownBy(() -> Money.positive(new BigDecimal("1E15"), "USD", "input.committedCapital"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.committedCapital.amount");
    }

    @Test
    void aMissingAmountOrCurrencyIsNamed() {
        assertThatThrownBy(() -> Money.positive(null, "USD", "input.committedCapital"))
                .hasMessage("input.committedCapital.amount is required");
        assertThatThrownBy(() -> Money.positive(BigDecimal.TEN, null, "input.committedCapital"))
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.committedCapital.currency");
    }

    @Test
    void moneyAlwaysHasScaleTwoAndRefusesToRoundSilently() {
        assertThat(usd("5").amount()).isEqualTo(new BigDecimal("5.00"));
        assertThatThrownBy(() -> usd("5.001")).isInstanceOf(ArithmeticException.class);
    }

    /** A random cap table: n stakes of at least 0.0001 with four places, summing to exactly 100. */
    private static List<BigDecimal> randomTable(Random random, int n) {
        List<Long> cuts = new ArrayList<>();
        long total = 1_000_000;
        long left = total;
        for (int i = 0; i < n - 1; i++) {
            long part = 1 + random.nextLong(Math.max(1, left - (n - 1 - i)));
            part = Math.min(part, left - (n - 1 - i));
            cuts.add(part);
            left -= part;
        }
        cuts.add(left);
        return cuts.stream().map(cut -> BigDecimal.valueOf(cut, 4)).toList();
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    private static List<BigDecimal> decimals(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(BigDecimal::new).toList();
    }

    private static BigDecimal sum(List<Money> parts) {
        return parts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
