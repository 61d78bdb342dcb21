package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.ValidationException;
import io.jvplatform.ventures.domain.LedgerEntry.OwnershipSet;
import io.jvplatform.ventures.domain.LedgerEntry.StakeTransfer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a write checks against the ledger's head alone (the venture row's copy), without replaying the history. */
class LedgerHeadTests {

    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final LocalDate FOUNDED = LocalDate.of(2025, 7, 31);
    private static final LocalDate LATER = LocalDate.of(2026, 1, 15);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 2, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anEmptyHeadIsVersionZeroWithNoDateAndNoOwners() {
        LedgerHead empty = LedgerHead.empty();

        assertThat(empty.version()).isZero();
        assertThat(empty.latestEffectiveDate()).isNull();
        assertThat(empty.latest().stakes()).isEmpty();
    }

    @Test
    void theFoundingEntryIsVersionOneWithTheActorAndReason() {
        OwnershipSet founding = LedgerHead.empty().entryFor(fiftyFifty(0, FOUNDED), "admin", NOW);

        assertThat(founding.version()).isEqualTo(1);
        assertThat(founding.actor()).isEqualTo("admin");
        assertThat(founding.reason()).isEqualTo("founding");
        assertThat(founding.recordedAt()).isEqualTo(NOW);
        assertThat(founding.effectiveDate()).isEqualTo(FOUNDED);
    }

    @Test
    void theHeadAfterAnEntryHasItsVersionDateAndTable() {
        LedgerHead head = founded();

        assertThat(head.version()).isEqualTo(1);
        assertThat(head.latestEffectiveDate()).isEqualTo(FOUNDED);
        assertThat(head.latest().asOf()).isEqualTo(FOUNDED);
        assertThat(head.latest().ledgerVersion()).isEqualTo(1);
        assertThat(head.latest().holdings()).containsExactly(
                java.util.Map.entry(NSCALE, pct("50.0000")), java.util.Map.entry(AKER, pct("50.0000")));
    }

    @Test
    void theHeadKeptOnTheRowIsTheHeadTheHistoryReplaysTo() {
        LedgerHead head = founded();
        OwnershipLedger ledger = new OwnershipLedger(List.of(LedgerHead.empty().entryFor(fiftyFifty(0, FOUNDED), "admin", NOW)));
        StakeTransfer transfer = head.entryFor(transfer(1, LATER, AKER, OPENAI, "20"), "admin", NOW);

        LedgerHead kept = head.after(transfer);
        LedgerHead replayed = ledger.append(transfer).head();

        assertThat(kept).isEqualTo(replayed);
        assertThat(kept.latest().stakes()).extracting(Stake::partnerId).containsExactly(NSCALE, AKER, OPENAI);
    }

    @ParameterizedTest(name = "based on version {0}")
    @ValueSource(ints = {0, 2, 7, -1})
    void aChangeBasedOnAnyOtherVersionIsAConflictOnBasedOnVersion(int basedOn) {
        LedgerHead head = founded();

        assertThatThrownBy(() -> head.entryFor(fiftyFifty(basedOn, LATER), "admin", NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("version 1, not " + basedOn)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.basedOnVersion");
        assertThatThrownBy(() -> head.entryFor(transfer(basedOn, LATER, AKER, NSCALE, "1"), "admin", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theVersionIsCheckedBeforeTheDate() {
        assertThatThrownBy(() -> founded().entryFor(fiftyFifty(0, FOUNDED.minusYears(1)), "admin", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aChangeDatedBeforeTheLatestEntryIsRefused() {
        assertThatThrownBy(() -> founded().entryFor(fiftyFifty(1, FOUNDED.minusDays(1)), "admin", NOW))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.effectiveDate");
    }

    @Test
    void theRecordingDayIsTakenFromTheRecordingInstantInUtc() {
        OffsetDateTime lateInNewYork = OffsetDateTime.of(2026, 1, 31, 22, 0, 0, 0, ZoneOffset.ofHours(-5));

        assertThat(founded().entryFor(fiftyFifty(1, LocalDate.of(2026, 2, 1)), "admin", lateInNewYork).effectiveDate())
                .isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @ParameterizedTest(name = "{0} of Aker's 50 -> Aker {1}, OpenAI {2}")
    @CsvSource({"10, 40.0000, 10.0000", "49.9999, 0.0001, 49.9999", "0.0001, 49.9999, 0.0001"})
    void aTransferMovesExactlyItsPointsAndKeepsTheSumAtHundred(String points, String giverAfter, String takerAfter) {
        LedgerHead head = founded();

        LedgerHead after = head.after(head.entryFor(transfer(1, LATER, AKER, OPENAI, points), "admin", NOW));

        assertThat(after.latest().holdingOf(AKER)).hasValueSatisfying(held -> assertThat(held).isEqualByComparingTo(giverAfter));
        assertThat(after.latest().holdingOf(OPENAI)).hasValueSatisfying(held -> assertThat(held).isEqualByComparingTo(takerAfter));
        assertThat(after.latest().total()).isEqualByComparingTo(Percentage.HUNDRED);
    }

    @Test
    void aGiverWhoTransfersEverythingLeavesTheTable() {
        LedgerHead head = founded();

        LedgerHead after = head.after(head.entryFor(transfer(1, LATER, AKER, NSCALE, "50"), "admin", NOW));

        assertThat(after.latest().owners()).containsExactly(NSCALE);
        assertThat(after.latest().holdingOf(AKER)).isEmpty();
    }

    @Test
    void aTransferFromAPartnerWithoutAStakeIsRefusedOnFromPartnerId() {
        assertThatThrownBy(() -> founded().entryFor(transfer(1, LATER, OPENAI, AKER, "1"), "admin", NOW))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("holds no stake")
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.fromPartnerId");
    }

    @Test
    void aTransferOfMoreThanIsHeldIsRefusedOnPercentage() {
        assertThatThrownBy(() -> founded().entryFor(transfer(1, LATER, AKER, NSCALE, "50.0001"), "admin", NOW))
                .isInstanceOf(ValidationException.class)
                .hasMessage("cannot transfer 50.0001 %: the giver holds only 50.0000 %")
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.percentage");
    }

    @Test
    void aTableThatWasAlreadyBrokenIsNotCompounded() {
        CapTable broken = new CapTable(FOUNDED, 1, List.of(new Stake(NSCALE, pct("60.0000")), new Stake(AKER, pct("50.0000"))));
        LedgerHead head = new LedgerHead(1, FOUNDED, broken);

        assertThatThrownBy(() -> head.entryFor(transfer(1, LATER, AKER, OPENAI, "10"), "admin", NOW))
                .isInstanceOf(IllegalStateException.class)
                .isNotInstanceOf(ApiException.class);
    }

    @Test
    void aSetReplacesTheWholeTable() {
        LedgerHead head = founded();
        SetOwnership restructuring = new SetOwnership(1, LATER, "restructuring",
                List.of(new Stake(OPENAI, pct("70")), new Stake(NSCALE, pct("30"))));

        LedgerHead after = head.after(head.entryFor(restructuring, "admin", NOW));

        assertThat(after.version()).isEqualTo(2);
        assertThat(after.latest().owners()).containsExactly(OPENAI, NSCALE);
        assertThat(after.latest().holdingOf(AKER)).isEmpty();
    }

    private static LedgerHead founded() {
        return LedgerHead.empty().after(LedgerHead.empty().entryFor(fiftyFifty(0, FOUNDED), "admin", NOW));
    }

    private static SetOwnership fiftyFifty(int basedOn, LocalDate date) {
        return new SetOwnership(basedOn, date, "founding", List.of(new Stake(NSCALE, pct("50")), new Stake(AKER, pct("50"))));
    }

    private static TransferStake transfer(int basedOn, LocalDate date, UUID from, UUID to, String points) {
        return new TransferStake(basedOn, date, "sale", from, to, pct(points));
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
