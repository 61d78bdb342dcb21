package io.jvplatform.ventures.mapping;

import io.jvplatform.ventures.api.model.SetOwnershipInput;
import io.jvplatform.ventures.api.model.StakeInput;
import io.jvplatform.ventures.api.model.TransferStakeInput;
import io.jvplatform.ventures.domain.SetOwnership;
import io.jvplatform.ventures.domain.Stake;
import io.jvplatform.ventures.domain.TransferStake;
import io.jvplatform.ventures.support.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's ownership inputs as domain changes: the one translation behind setOwnership,
 * transferStake and both proposals, so each bad input is refused on the same path everywhere.
 */
class OwnershipInputsTests {

    private static final String NSCALE = "00000000-0000-0000-0000-00000000000a";
    private static final String AKER = "00000000-0000-0000-0000-00000000000b";
    private static final String OPENAI = "00000000-0000-0000-0000-00000000000c";
    private static final LocalDate DATE = LocalDate.of(2026, 1, 15);

    @Test
    void aSetCarriesItsVersionDateReasonAndStakesNormalised() {
        SetOwnership set = OwnershipInputs.set(new SetOwnershipInput(3, DATE, " restructuring ",
                List.of(new StakeInput(NSCALE, new BigDecimal("60")), new StakeInput(AKER, new BigDecimal("40")))));

        assertThat(set.basedOnVersion()).isEqualTo(3);
        assertThat(set.effectiveDate()).isEqualTo(DATE);
        assertThat(set.reason()).isEqualTo("restructuring");
        assertThat(set.stakes()).containsExactly(new Stake(UUID.fromString(NSCALE), new BigDecimal("60.0000")),
                new Stake(UUID.fromString(AKER), new BigDecimal("40.0000")));
    }

    @Test
    void aTransferCarriesItsPartiesAndPoints() {
        TransferStake transfer = OwnershipInputs.transfer(new TransferStakeInput(2, DATE, "sale", NSCALE, OPENAI, new BigDecimal("12.5")));

        assertThat(transfer.basedOnVersion()).isEqualTo(2);
        assertThat(transfer.fromPartnerId()).isEqualTo(UUID.fromString(NSCALE));
        assertThat(transfer.toPartnerId()).isEqualTo(UUID.fromString(OPENAI));
        assertThat(transfer.percentage()).isEqualTo(new BigDecimal("12.5000"));
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("a stake's id that is not a UUID",
                        set(stake(NSCALE, "50"), stake("aker", "50")), Refusal.validation("input.stakes[1].partnerId")),
                Arguments.of("a stake's shortened UUID",
                        set(stake("a-b-c-d-e", "100")), Refusal.validation("input.stakes[0].partnerId")),
                Arguments.of("a stake's partner twice, once in upper case",
                        set(stake(NSCALE.toUpperCase(), "50"), stake(NSCALE, "50")), Refusal.validation("input.stakes[1].partnerId")),
                Arguments.of("stakes of 99",
                        set(stake(NSCALE, "50"), stake(AKER, "49")), Refusal.validation("input.stakes")),
                Arguments.of("a giver that is not a UUID",
                        transfer("nscale", AKER, "r"), Refusal.validation("input.fromPartnerId")),
                Arguments.of("a taker that is not a UUID",
                        transfer(NSCALE, "", "r"), Refusal.validation("input.toPartnerId")),
                Arguments.of("the giver as taker, written in upper case",
                        transfer(NSCALE, NSCALE.toUpperCase(), "r"), Refusal.validation("input.toPartnerId")),
                Arguments.of("a transfer without reason",
                        transfer(NSCALE, AKER, " "), Refusal.validation("input.reason")));
    }

    private static Executable set(StakeInput... stakes) {
        return () -> OwnershipInputs.set(new SetOwnershipInput(0, DATE, "r", List.of(stakes)));
    }

    private static Executable transfer(String from, String to, String reason) {
        return () -> OwnershipInputs.transfer(new TransferStakeInput(1, DATE, reason, from, to, BigDecimal.ONE));
    }

    private static StakeInput stake(String partnerId, String percentage) {
        return new StakeInput(partnerId, new BigDecimal(percentage));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badInputs")
    void badInputIsRefusedOnThePathTheClientWrote(String rule, Executable translation, Refusal refusal) {
        assertThat(Refusal.of(translation)).isEqualTo(refusal);
    }

    @Test
    void aSetWritesEveryStakesPartnerByItsFieldInInputOrder() {
        SetOwnership set = OwnershipInputs.set(new SetOwnershipInput(0, DATE, "founding", List.of(
                new StakeInput(OPENAI, new BigDecimal("20")), new StakeInput(NSCALE, new BigDecimal("50")),
                new StakeInput(AKER, new BigDecimal("30")))));

        assertThat(OwnershipInputs.partnersWritten(set)).containsExactly(
                Map.entry("input.stakes[0].partnerId", UUID.fromString(OPENAI)),
                Map.entry("input.stakes[1].partnerId", UUID.fromString(NSCALE)),
                Map.entry("input.stakes[2].partnerId", UUID.fromString(AKER)));
    }

    @Test
    void aTransferWritesOnlyItsTaker() {
        TransferStake transfer = OwnershipInputs.transfer(new TransferStakeInput(1, DATE, "sale", NSCALE, AKER, BigDecimal.TEN));

        assertThat(OwnershipInputs.partnersWritten(transfer)).containsExactly(Map.entry("input.toPartnerId", UUID.fromString(AKER)));
    }
}
