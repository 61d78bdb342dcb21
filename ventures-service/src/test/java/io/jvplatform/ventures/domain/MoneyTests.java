package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTests {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Money ONE_BILLION = new Money(new BigDecimal("1000000000"), USD);

    @Test
    void fiftyFiftySplitsABillionInHalves() {
        assertThat(ONE_BILLION.allocate(List.of(pct("50"), pct("50"))))
                .extracting(Money::amount)
                .containsExactly(new BigDecimal("500000000.00"), new BigDecimal("500000000.00"));
    }

    @Test
    void aThreeWaySplitAddsUpExactly() {
        List<Money> parts = ONE_BILLION.allocate(List.of(pct("33.3334"), pct("33.3333"), pct("33.3333")));

        assertThat(parts).extracting(Money::amount).containsExactly(
                new BigDecimal("333334000.00"), new BigDecimal("333333000.00"), new BigDecimal("333333000.00"));
        assertThat(sum(parts)).isEqualByComparingTo(ONE_BILLION.amount());
    }

    @Test
    void leftoverCentsGoToTheLargestRemaindersDeterministically() {
        Money hundredCents = new Money(new BigDecimal("1.00"), USD);

        List<Money> parts = hundredCents.allocate(List.of(pct("33.3334"), pct("33.3333"), pct("33.3333")));

        assertThat(parts).extracting(Money::amount).containsExactly(
                new BigDecimal("0.34"), new BigDecimal("0.33"), new BigDecimal("0.33"));
        assertThat(sum(parts)).isEqualByComparingTo("1.00");
    }

    @Test
    void equalRemaindersFavourTheEarlierStake() {
        Money oneCent = new Money(new BigDecimal("0.01"), USD);

        assertThat(oneCent.allocate(List.of(pct("50"), pct("50")))).extracting(Money::amount)
                .containsExactly(new BigDecimal("0.01"), new BigDecimal("0.00"));
    }

    @Test
    void capitalPerMegawattIsNullWithoutCapacity() {
        assertThat(ONE_BILLION.per(new BigDecimal("230")).amount()).isEqualByComparingTo("4347826.09");
        assertThat(ONE_BILLION.per(null)).isNull();
        assertThat(ONE_BILLION.per(BigDecimal.ZERO)).isNull();
    }

    @Test
    void totalsAreSummedPerCurrency() {
        Money eur = new Money(new BigDecimal("5.00"), Currency.getInstance("EUR"));

        assertThat(Money.totalsByCurrency(List.of(ONE_BILLION, eur, ONE_BILLION)))
                .containsExactly(eur, new Money(new BigDecimal("2000000000.00"), USD));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "100, ABC, input.committedCapital.currency",
            "100, usd, input.committedCapital.currency",
            "100, XXX, input.committedCapital.currency",
            "0, USD, input.committedCapital.amount",
            "-5, USD, input.committedCapital.amount",
            "1.001, USD, input.committedCapital.amount",
    })
    void badMoneyIsRefusedWithTheField(String amount, String currency, String field) {
        assertThatThrownBy(() -> Money.positive(new BigDecimal(amount), currency, "input.committedCapital"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo(field);
    }

    private static BigDecimal sum(List<Money> parts) {
        return parts.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
