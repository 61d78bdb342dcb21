package io.jvplatform.ventures.domain;

import io.jvplatform.ventures.domain.LedgerEntry.OwnershipSet;
import io.jvplatform.ventures.domain.LedgerEntry.StakeTransfer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each kind of ledger entry does to the holdings before it. */
class LedgerEntryTests {

    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final LocalDate DATE = LocalDate.of(2026, 1, 15);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 2, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aSetForgetsEveryoneItDoesNotName() {
        OwnershipSet set = new OwnershipSet(2, DATE, "admin", null, "restructuring", AT, List.of(stake(OPENAI, "100")));

        assertThat(set.applyTo(holdings(NSCALE, "50", AKER, "50"))).containsExactly(Map.entry(OPENAI, new BigDecimal("100")));
        assertThat(set.type()).isEqualTo(LedgerChangeType.SET);
    }

    @Test
    void aSetKeepsItsStakesLargestFirst() {
        OwnershipSet set = new OwnershipSet(1, DATE, "admin", null, "founding", AT, List.of(stake(AKER, "40"), stake(NSCALE, "60")));

        assertThat(set.stakes()).extracting(Stake::partnerId).containsExactly(NSCALE, AKER);
    }

    @Test
    void aTransferMovesPointsToANewOwner() {
        StakeTransfer transfer = new StakeTransfer(2, DATE, "admin", null, "sale", AT, AKER, OPENAI, new BigDecimal("10.0000"));

        Map<UUID, BigDecimal> after = transfer.applyTo(holdings(NSCALE, "50.0000", AKER, "50.0000"));

        assertThat(after).containsEntry(NSCALE, new BigDecimal("50.0000")).containsEntry(AKER, new BigDecimal("40.0000"))
                .containsEntry(OPENAI, new BigDecimal("10.0000"));
        assertThat(transfer.type()).isEqualTo(LedgerChangeType.TRANSFER);
    }

    @Test
    void aTransferAddsToATakerWhoAlreadyHolds() {
        StakeTransfer transfer = new StakeTransfer(2, DATE, "admin", null, "sale", AT, AKER, NSCALE, new BigDecimal("10.0000"));

        assertThat(transfer.applyTo(holdings(NSCALE, "50.0000", AKER, "50.0000")))
                .containsEntry(NSCALE, new BigDecimal("60.0000")).containsEntry(AKER, new BigDecimal("40.0000"));
    }

    @Test
    void aGiverLeftWithNothingIsRemovedNotKeptAtZero() {
        StakeTransfer transfer = new StakeTransfer(2, DATE, "admin", null, "exit", AT, AKER, NSCALE, new BigDecimal("50.0000"));

        assertThat(transfer.applyTo(holdings(NSCALE, "50.0000", AKER, "50.0000")))
                .containsOnlyKeys(NSCALE).containsEntry(NSCALE, new BigDecimal("100.0000"));
    }

    @Test
    void applyingNeverChangesTheHoldingsBefore() {
        Map<UUID, BigDecimal> before = holdings(NSCALE, "50.0000", AKER, "50.0000");
        Map<UUID, BigDecimal> copy = new LinkedHashMap<>(before);

        new StakeTransfer(2, DATE, "admin", null, "sale", AT, AKER, OPENAI, new BigDecimal("10.0000")).applyTo(before);
        new OwnershipSet(2, DATE, "admin", null, "r", AT, List.of(stake(OPENAI, "100"))).applyTo(before);

        assertThat(before).isEqualTo(copy);
    }

    @Test
    void aLedgerWithAGapInItsVersionsIsBroken() {
        OwnershipSet first = new OwnershipSet(1, DATE, "admin", null, "founding", AT, List.of(stake(NSCALE, "100")));
        OwnershipSet third = new OwnershipSet(3, DATE, "admin", null, "again", AT, List.of(stake(AKER, "100")));

        assertThatThrownBy(() -> new OwnershipLedger(List.of(first, third)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("found 3 at 2");
    }

    @Test
    void aLedgerSortsItsEntriesByVersion() {
        OwnershipSet first = new OwnershipSet(1, DATE, "admin", null, "founding", AT, List.of(stake(NSCALE, "100")));
        OwnershipSet second = new OwnershipSet(2, DATE, "admin", null, "again", AT, List.of(stake(AKER, "100")));

        OwnershipLedger ledger = new OwnershipLedger(List.of(second, first));

        assertThat(ledger.entries()).containsExactly(first, second);
        assertThat(ledger.latest().owners()).containsExactly(AKER);
    }

    @Test
    void theTableOnADateFoldsOnlyTheEntriesEffectiveByThen() {
        OwnershipSet founding = new OwnershipSet(1, DATE, "admin", null, "founding", AT, List.of(stake(NSCALE, "100.0000")));
        StakeTransfer sale = new StakeTransfer(2, DATE.plusDays(10), "admin", null, "sale", AT, NSCALE, AKER, new BigDecimal("30.0000"));
        OwnershipLedger ledger = new OwnershipLedger(List.of(founding, sale));

        assertThat(ledger.asOf(DATE.minusDays(1)).stakes()).isEmpty();
        assertThat(ledger.asOf(DATE).owners()).containsExactly(NSCALE);
        assertThat(ledger.asOf(DATE.plusDays(9)).owners()).containsExactly(NSCALE);
        assertThat(ledger.asOf(DATE.plusDays(10)).owners()).containsExactly(NSCALE, AKER);
        assertThat(ledger.asOf(DATE.minusDays(1)).ledgerVersion()).isEqualTo(2);
    }

    private static Map<UUID, BigDecimal> holdings(UUID first, String firstShare, UUID second, String secondShare) {
        Map<UUID, BigDecimal> holdings = new LinkedHashMap<>();
        holdings.put(first, new BigDecimal(firstShare));
        holdings.put(second, new BigDecimal(secondShare));
        return holdings;
    }

    private static Stake stake(UUID partner, String percentage) {
        return new Stake(partner, new BigDecimal(percentage));
    }
}
