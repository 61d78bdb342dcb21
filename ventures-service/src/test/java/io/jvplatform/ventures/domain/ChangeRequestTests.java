package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a SET or TRANSFER request checks on its own, before the ledger is asked: every refusal with the input's path. */
class ChangeRequestTests {

    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final LocalDate DATE = LocalDate.of(2026, 1, 15);

    static Stream<Arguments> badSets() {
        return Stream.of(
                Arguments.of("no effective date", (Runnable) () -> new SetOwnership(0, null, "r", halves()), "input.effectiveDate"),
                Arguments.of("no reason", (Runnable) () -> new SetOwnership(0, DATE, null, halves()), "input.reason"),
                Arguments.of("a blank reason", (Runnable) () -> new SetOwnership(0, DATE, "  \n ", halves()), "input.reason"),
                Arguments.of("a reason of 1001 characters", (Runnable) () -> new SetOwnership(0, DATE, "r".repeat(1001), halves()), "input.reason"),
                Arguments.of("a NUL in the reason", (Runnable) () -> new SetOwnership(0, DATE, "a\u0000b", halves()), "input.reason"),
                Arguments.of("no stakes", (Runnable) () -> new SetOwnership(0, DATE, "r", List.of()), "input.stakes"),
                Arguments.of("null stakes", (Runnable) () -> new SetOwnership(0, DATE, "r", null), "input.stakes"),
                Arguments.of("a stake without partner", (Runnable) () -> new SetOwnership(0, DATE, "r",
                        Arrays.asList(new Stake(NSCALE, pct("50")), new Stake(null, pct("50")))), "input.stakes[1].partnerId"),
                Arguments.of("a partner twice", (Runnable) () -> new SetOwnership(0, DATE, "r",
                        List.of(new Stake(NSCALE, pct("50")), new Stake(NSCALE, pct("50")))), "input.stakes[1].partnerId"),
                Arguments.of("a zero stake", (Runnable) () -> new SetOwnership(0, DATE, "r",
                        List.of(new Stake(NSCALE, pct("100")), new Stake(AKER, pct("0")))), "input.stakes[1].percentage"),
                Arguments.of("five decimals", (Runnable) () -> new SetOwnership(0, DATE, "r",
                        List.of(new Stake(NSCALE, pct("50.00001")), new Stake(AKER, pct("49.99999")))), "input.stakes[0].percentage"),
                Arguments.of("a sum of 99.9999", (Runnable) () -> new SetOwnership(0, DATE, "r",
                        List.of(new Stake(NSCALE, pct("50")), new Stake(AKER, pct("49.9999")))), "input.stakes"),
                Arguments.of("a sum of 100.0001", (Runnable) () -> new SetOwnership(0, DATE, "r",
                        List.of(new Stake(NSCALE, pct("50.0001")), new Stake(AKER, pct("50")))), "input.stakes"));
    }

    @ParameterizedTest(name = "a SET with {0} is refused on {2}")
    @MethodSource("badSets")
    void aBadSetIsRefusedOnTheInputsPath(String rule, Runnable request, String field) {
        assertThatThrownBy(request::run)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo(field);
    }

    static Stream<Arguments> badTransfers() {
        return Stream.of(
                Arguments.of("no effective date", (Runnable) () -> new TransferStake(1, null, "r", NSCALE, AKER, pct("1")), "input.effectiveDate"),
                Arguments.of("a blank reason", (Runnable) () -> new TransferStake(1, DATE, " ", NSCALE, AKER, pct("1")), "input.reason"),
                Arguments.of("no giver", (Runnable) () -> new TransferStake(1, DATE, "r", null, AKER, pct("1")), "input.fromPartnerId"),
                Arguments.of("no taker", (Runnable) () -> new TransferStake(1, DATE, "r", NSCALE, null, pct("1")), "input.toPartnerId"),
                Arguments.of("the giver as taker", (Runnable) () -> new TransferStake(1, DATE, "r", NSCALE, NSCALE, pct("1")), "input.toPartnerId"),
                Arguments.of("no points", (Runnable) () -> new TransferStake(1, DATE, "r", NSCALE, AKER, null), "input.percentage"),
                Arguments.of("zero points", (Runnable) () -> new TransferStake(1, DATE, "r", NSCALE, AKER, pct("0")), "input.percentage"),
                Arguments.of("over 100 points", (Runnable) () -> new TransferStake(1, DATE, "r", NSCALE, AKER, pct("100.5")), "input.percentage"),
                Arguments.of("five decimals", (Runnable) () -> new TransferStake(1, DATE, "r", NSCALE, AKER, pct("0.00001")), "input.percentage"));
    }

    @ParameterizedTest(name = "a TRANSFER with {0} is refused on {2}")
    @MethodSource("badTransfers")
    void aBadTransferIsRefusedOnTheInputsPath(String rule, Runnable request, String field) {
        assertThatThrownBy(request::run)
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo(field);
    }

    @Test
    void aSetIsNormalisedToScaleFourAndATrimmedMultiLineReason() {
        SetOwnership set = new SetOwnership(0, DATE, "  founding\nagreement  ", List.of(new Stake(NSCALE, pct("60")), new Stake(AKER, pct("40"))));

        assertThat(set.reason()).isEqualTo("founding\nagreement");
        assertThat(set.stakes()).extracting(Stake::percentage).containsExactly(new BigDecimal("60.0000"), new BigDecimal("40.0000"));
    }

    @Test
    void aTransfersPointsAreNormalisedToScaleFour() {
        assertThat(new TransferStake(1, DATE, "sale", NSCALE, AKER, pct("2.5")).percentage()).isEqualTo(new BigDecimal("2.5000"));
    }

    @Test
    void aSetMayHaveASingleOwnerOfHundred() {
        assertThat(new SetOwnership(0, DATE, "sole owner", List.of(new Stake(NSCALE, pct("100")))).stakes()).hasSize(1);
    }

    private static List<Stake> halves() {
        return List.of(new Stake(NSCALE, pct("50")), new Stake(AKER, pct("50")));
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
