package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Exact decimals of fixed scale: percentages with four places, megawatts with three; more places are refused, never rounded. */
class PercentageAndCapacityTests {

    private static final String FIELD = "input.percentage";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"50, 50.0000", "0.0001, 0.0001", "100, 100.0000", "33.3333, 33.3333", "12.50000000, 12.5000", "1E1, 10.0000"})
    void aStakeIsAboveZeroUpToHundredNormalisedToFourPlaces(String value, String normalised) {
        BigDecimal stake = Percentage.positive(new BigDecimal(value), FIELD);

        assertThat(stake).isEqualTo(new BigDecimal(normalised));
        assertThat(stake.scale()).isEqualTo(Percentage.SCALE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "0        | must be greater than 0, not 0",
            "-1       | must be greater than 0, not -1",
            "100.0001 | must be at most 100, not 100.0001",
            "250      | must be at most 100, not 250",
            "33.33333 | may have at most 4 decimal places, not 33.33333"})
    void anyOtherStakeIsRefusedOnItsField(String value, String reason) {
        assertThatThrownBy(() -> Percentage.positive(new BigDecimal(value), FIELD))
                .isInstanceOf(ValidationException.class)
                .hasMessage(FIELD + " " + reason)
                .extracting(e -> ((ApiException) e).field()).isEqualTo(FIELD);
    }

    @Test
    void aMissingPercentageIsRequired() {
        assertThatThrownBy(() -> Percentage.positive(null, FIELD)).hasMessage(FIELD + " is required");
        assertThatThrownBy(() -> Percentage.share(null, FIELD)).hasMessage(FIELD + " is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0000", "42.5", "100"})
    void aShareMayBeZero(String value) {
        assertThat(Percentage.share(new BigDecimal(value), "input.energy.renewableSharePercent"))
                .isEqualByComparingTo(value).extracting(BigDecimal::scale).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.0001", "100.0001", "1.00001"})
    void aShareOutsideZeroToHundredOrWithMorePlacesIsRefused(String value) {
        assertThatThrownBy(() -> Percentage.share(new BigDecimal(value), "input.energy.renewableSharePercent"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.energy.renewableSharePercent");
    }

    @Test
    void hundredIsScaleFour() {
        assertThat(Percentage.HUNDRED).isEqualTo(new BigDecimal("100.0000"));
    }

    @ParameterizedTest(name = "{0} MW -> {1}")
    @CsvSource({"230, 230.000", "0, 0.000", "0.001, 0.001", "999999999.999, 999999999.999", "12.5000, 12.500"})
    void capacityIsZeroOrMoreWithKilowattPrecision(String value, String normalised) {
        assertThat(Capacity.megawatts(new BigDecimal(value), "input.capacityMw")).isEqualTo(new BigDecimal(normalised));
    }

    @ParameterizedTest(name = "{0} MW: {1}")
    @CsvSource(delimiter = '|', value = {
            "-1          | must not be negative",
            "0.0001      | must have at most 3 decimals",
            "1000000000  | below 10^9 MW"})
    void anyOtherCapacityIsRefusedOnItsField(String value, String reason) {
        assertThatThrownBy(() -> Capacity.megawatts(new BigDecimal(value), "input.capacityMw"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(reason)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.capacityMw");
    }

    @Test
    void noCapacityIsNoCapacity() {
        assertThat(Capacity.megawatts(null, "input.capacityMw")).isNull();
    }
}
