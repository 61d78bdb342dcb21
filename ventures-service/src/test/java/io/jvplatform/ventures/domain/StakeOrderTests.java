package io.jvplatform.ventures.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The one display order of stakes, in cap tables and ledger entries: largest first, then by id as clients read it. */
class StakeOrderTests {

    private static final UUID A = UUID.fromString("0aaaaaaa-0000-0000-0000-000000000000");
    private static final UUID B = UUID.fromString("0bbbbbbb-0000-0000-0000-000000000000");
    private static final UUID C = UUID.fromString("f0000000-0000-0000-0000-000000000000");

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource({"60, 40", "50.0001, 50", "100, 0.0001", "33.3334, 33.3333"})
    void aLargerStakeComesFirst(String larger, String smaller) {
        assertThat(Stake.LARGEST_FIRST.compare(stake(C, larger), stake(A, smaller))).isNegative();
        assertThat(Stake.LARGEST_FIRST.compare(stake(A, smaller), stake(C, larger))).isPositive();
    }

    @Test
    void equalStakesAreOrderedByTheIdsTextNotByUuidComparison() {
        // UUID.compareTo compares signed longs: f0000000-... sorts before 0aaaaaaa-... there, not in text
        UUID high = UUID.fromString("f0000000-0000-0000-0000-000000000000");
        UUID low = UUID.fromString("0aaaaaaa-0000-0000-0000-000000000000");

        assertThat(high.compareTo(low)).isNegative();
        assertThat(Stake.LARGEST_FIRST.compare(stake(low, "50"), stake(high, "50"))).isNegative();
    }

    @Test
    void theScaleOfAnEqualPercentageDoesNotChangeTheOrder() {
        assertThat(Stake.LARGEST_FIRST.compare(stake(A, "50"), stake(B, "50.0000"))).isNegative();
        assertThat(Stake.LARGEST_FIRST.compare(stake(B, "50.0000"), stake(A, "50"))).isPositive();
    }

    @Test
    void anyShuffleOfATableSortsToTheSameOrder() {
        List<Stake> expected = List.of(stake(C, "40"), stake(A, "30"), stake(B, "30"));
        Random random = new Random(11);
        for (int i = 0; i < 20; i++) {
            List<Stake> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, random);

            assertThat(new CapTable(java.time.LocalDate.of(2026, 1, 1), 1, shuffled).stakes()).isEqualTo(expected);
        }
    }

    @Test
    void aLedgerSetKeepsTheSameOrderAsTheCapTable() {
        List<Stake> given = List.of(stake(B, "30"), stake(A, "30"), stake(C, "40"));
        LedgerEntry.OwnershipSet set = new LedgerEntry.OwnershipSet(1, java.time.LocalDate.of(2026, 1, 1), "admin", null, "founding",
                java.time.OffsetDateTime.parse("2026-01-01T12:00:00Z"), given);

        assertThat(set.stakes()).extracting(Stake::partnerId).containsExactly(C, A, B);
        assertThat(new CapTable(java.time.LocalDate.of(2026, 1, 1), 1, given).stakes()).isEqualTo(set.stakes());
    }

    private static Stake stake(UUID partner, String percentage) {
        return new Stake(partner, new BigDecimal(percentage));
    }
}
