package io.jvplatform.ventures.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A cap table's derived figures: display order, parity, holdings and total. */
class CapTableTests {

    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    @Test
    void stakesAreShownLargestFirstThenByIdWhateverOrderTheyCameIn() {
        List<Stake> given = new ArrayList<>(List.of(stake(OPENAI, "25"), stake(AKER, "25"), stake(NSCALE, "50")));

        CapTable table = new CapTable(AS_OF, 3, given);

        assertThat(table.owners()).containsExactly(NSCALE, AKER, OPENAI);
        assertThat(new CapTable(AS_OF, 3, List.of(stake(NSCALE, "50"), stake(AKER, "25"), stake(OPENAI, "25"))).stakes())
                .isEqualTo(table.stakes());
    }

    @Test
    void theOrderOfEqualStakesFollowsTheIdAsClientsSeeIt() {
        UUID lowText = UUID.fromString("0fffffff-0000-0000-0000-000000000000");
        UUID highText = UUID.fromString("f0000000-0000-0000-0000-000000000000");

        assertThat(new CapTable(AS_OF, 1, List.of(stake(highText, "50"), stake(lowText, "50"))).owners())
                .containsExactly(lowText, highText);
    }

    @ParameterizedTest(name = "{0} -> parity {1}")
    @CsvSource(delimiter = '|', value = {
            "50, 50           | true",
            "50.0000, 50      | true",
            "50.0001, 49.9999 | false",
            "60, 40           | false",
            "100              | false",
            "33.3334, 33.3333, 33.3333 | false",
            "25, 25, 25, 25   | false"})
    void parityIsExactlyTwoEqualOwners(String percentages, boolean parity) {
        assertThat(table(percentages).parity()).isEqualTo(parity);
    }

    @Test
    void anEmptyTableHasNoParityAndTotalsZeroAtScaleFour() {
        CapTable empty = new CapTable(AS_OF, 0, List.of());

        assertThat(empty.parity()).isFalse();
        assertThat(empty.total()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(empty.owners()).isEmpty();
    }

    @ParameterizedTest(name = "{0} totals {1}")
    @CsvSource(delimiter = '|', value = {
            "50, 50 | 100",
            "33.3334, 33.3333, 33.3333 | 100",
            "60, 30 | 90",
            "0.0001 | 0.0001"})
    void theTotalIsTheExactSum(String percentages, String total) {
        assertThat(table(percentages).total()).isEqualByComparingTo(total);
    }

    @Test
    void aHoldingIsFoundByPartnerAndAbsentForAnyoneElse() {
        CapTable table = new CapTable(AS_OF, 1, List.of(stake(NSCALE, "60"), stake(AKER, "40")));

        assertThat(table.holdingOf(AKER)).contains(new BigDecimal("40"));
        assertThat(table.holdingOf(OPENAI)).isEmpty();
    }

    @Test
    void holdingsKeepTheDisplayOrder() {
        CapTable table = new CapTable(AS_OF, 1, List.of(stake(AKER, "40"), stake(NSCALE, "60")));

        assertThat(table.holdings().keySet()).containsExactly(NSCALE, AKER);
    }

    @Test
    void aTableBuiltFromHoldingsCarriesItsDateAndVersion() {
        Map<UUID, BigDecimal> holdings = new LinkedHashMap<>();
        holdings.put(AKER, new BigDecimal("40.0000"));
        holdings.put(NSCALE, new BigDecimal("60.0000"));

        CapTable table = CapTable.of(AS_OF, 4, holdings);

        assertThat(table.asOf()).isEqualTo(AS_OF);
        assertThat(table.ledgerVersion()).isEqualTo(4);
        assertThat(table.owners()).containsExactly(NSCALE, AKER);
    }

    private static CapTable table(String percentages) {
        UUID[] owners = {NSCALE, AKER, OPENAI, UUID.fromString("00000000-0000-0000-0000-00000000000d")};
        String[] values = percentages.split(",");
        List<Stake> stakes = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            stakes.add(stake(owners[i], values[i].strip()));
        }
        return new CapTable(AS_OF, 1, stakes);
    }

    private static Stake stake(UUID partner, String percentage) {
        return new Stake(partner, new BigDecimal(percentage));
    }
}
