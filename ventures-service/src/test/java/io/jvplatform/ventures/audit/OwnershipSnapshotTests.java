package io.jvplatform.ventures.audit;

import io.jvplatform.ventures.domain.LedgerEntry;
import io.jvplatform.ventures.domain.LedgerHead;
import io.jvplatform.ventures.domain.SetOwnership;
import io.jvplatform.ventures.domain.Stake;
import io.jvplatform.ventures.domain.TransferStake;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ownership as the audit trail compares it: keyed by partner id, so a transfer's entry names the two
 * stakes it moved and nothing else.
 */
class OwnershipSnapshotTests {

    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final LocalDate FOUNDED = LocalDate.of(2025, 7, 31);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 2, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anEmptyLedgerIsVersionZeroWithNoDateNoReasonAndNoStakes() {
        OwnershipSnapshot before = OwnershipSnapshot.of(LedgerHead.empty());

        assertThat(before).isEqualTo(new OwnershipSnapshot(0, null, null, Map.of()));
    }

    @Test
    void theSnapshotAfterAnEntryHasItsVersionDateReasonAndTheNewStakesByPartner() {
        LedgerHead empty = LedgerHead.empty();
        LedgerEntry founding = empty.entryFor(new SetOwnership(0, FOUNDED, "founding",
                List.of(new Stake(AKER, new BigDecimal("40")), new Stake(NSCALE, new BigDecimal("60")))), "admin", AT);

        OwnershipSnapshot after = OwnershipSnapshot.after(founding, empty.after(founding));

        assertThat(after.ledgerVersion()).isEqualTo(1);
        assertThat(after.effectiveDate()).isEqualTo(FOUNDED);
        assertThat(after.reason()).isEqualTo("founding");
        assertThat(after.stakes()).containsExactly(
                Map.entry(NSCALE.toString(), new BigDecimal("60.0000")), Map.entry(AKER.toString(), new BigDecimal("40.0000")));
    }

    @Test
    void stakesAreKeyedInIdOrderNotInDisplayOrder() {
        LedgerHead head = founded(new Stake(OPENAI, new BigDecimal("70")), new Stake(NSCALE, new BigDecimal("30")));

        assertThat(OwnershipSnapshot.of(head).stakes().keySet()).containsExactly(NSCALE.toString(), OPENAI.toString());
    }

    @Test
    void aTransferChangesOnlyTheTwoStakesItMovedAndDropsAGiverLeftWithNothing() {
        LedgerHead before = founded(new Stake(NSCALE, new BigDecimal("50")), new Stake(AKER, new BigDecimal("30")),
                new Stake(OPENAI, new BigDecimal("20")));
        LedgerEntry sale = before.entryFor(new TransferStake(1, FOUNDED.plusDays(1), "sale", AKER, OPENAI, new BigDecimal("30")),
                "admin", AT);

        OwnershipSnapshot was = OwnershipSnapshot.of(before);
        OwnershipSnapshot is = OwnershipSnapshot.after(sale, before.after(sale));

        assertThat(was.stakes().get(NSCALE.toString())).isEqualTo(is.stakes().get(NSCALE.toString()));
        assertThat(is.stakes()).doesNotContainKey(AKER.toString());
        assertThat(is.stakes()).containsEntry(OPENAI.toString(), new BigDecimal("50.0000"));
        assertThat(was.reason()).as("a head keeps no reason").isNull();
        assertThat(is.ledgerVersion()).isEqualTo(was.ledgerVersion() + 1);
    }

    private static LedgerHead founded(Stake... stakes) {
        LedgerHead empty = LedgerHead.empty();
        return empty.after(empty.entryFor(new SetOwnership(0, FOUNDED, "founding", List.of(stakes)), "admin", AT));
    }
}
