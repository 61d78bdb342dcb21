package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ConflictException;
import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnershipLedgerTests {

    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final LocalDate FOUNDED = LocalDate.of(2025, 7, 31);
    private static final LocalDate LATER = LocalDate.of(2026, 1, 15);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 2, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final String ADMIN = "admin";

    @Test
    void anEmptyLedgerHasVersionZeroAndNoOwners() {
        OwnershipLedger ledger = OwnershipLedger.empty();

        assertThat(ledger.version()).isZero();
        assertThat(ledger.asOf(FOUNDED).stakes()).isEmpty();
        assertThat(ledger.asOf(FOUNDED).parity()).isFalse();
    }

    @Test
    void aFoundingSetIsAFiftyFiftyParity() {
        OwnershipLedger ledger = founded();

        CapTable table = ledger.asOf(FOUNDED);
        assertThat(table.ledgerVersion()).isEqualTo(1);
        assertThat(table.stakes()).containsExactly(stake(NSCALE, "50.0000"), stake(AKER, "50.0000"));
        assertThat(table.parity()).isTrue();
        assertThat(ledger.asOf(FOUNDED.minusDays(1)).stakes()).isEmpty();
    }

    @Test
    void aLaterTransferChangesOnlyTheTablesFromItsEffectiveDate() {
        OwnershipLedger founded = founded();
        var transfer = founded.entryFor(new TransferStake(1, LATER, "Aker sells 10 %", AKER, NSCALE, pct("10")), ADMIN, NOW);
        OwnershipLedger ledger = founded.append(transfer);

        assertThat(ledger.version()).isEqualTo(2);
        assertThat(ledger.asOf(FOUNDED).stakes()).containsExactly(stake(NSCALE, "50.0000"), stake(AKER, "50.0000"));
        assertThat(ledger.asOf(LATER.minusDays(1)).ledgerVersion()).as("the version to base the next change on").isEqualTo(2);
        CapTable after = ledger.asOf(LATER);
        assertThat(after.ledgerVersion()).isEqualTo(2);
        assertThat(after.stakes()).containsExactly(stake(NSCALE, "60.0000"), stake(AKER, "40.0000"));
        assertThat(after.parity()).isFalse();
        assertThat(after.total()).isEqualByComparingTo("100");
        assertThat(ledger.entries()).extracting(LedgerEntry::type).containsExactly(LedgerChangeType.SET, LedgerChangeType.TRANSFER);
        assertThat(ledger.entries().get(1).actor()).isEqualTo(ADMIN);
        assertThat(ledger.entries().get(1).reason()).isEqualTo("Aker sells 10 %");
    }

    @Test
    void transferringEverythingRemovesTheGiverAndMayAddANewOwner() {
        OwnershipLedger founded = founded();
        var transfer = founded.entryFor(new TransferStake(1, LATER, "exit", AKER, OPENAI, pct("50")), ADMIN, NOW);

        CapTable after = founded.append(transfer).latest();

        assertThat(after.stakes()).containsExactly(stake(NSCALE, "50.0000"), stake(OPENAI, "50.0000"));
    }

    @Test
    void aThreeWaySplitWithFourDecimalsSumsToExactlyHundred() {
        var set = new SetOwnership(0, FOUNDED, "three-way", List.of(
                new Stake(NSCALE, pct("33.3334")), new Stake(AKER, pct("33.3333")), new Stake(OPENAI, pct("33.3333"))));

        CapTable table = OwnershipLedger.empty().append(OwnershipLedger.empty().entryFor(set, ADMIN, NOW)).latest();

        assertThat(table.total()).isEqualByComparingTo("100.0000");
        assertThat(table.stakes().get(0)).isEqualTo(stake(NSCALE, "33.3334"));
        assertThat(table.parity()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "sum 99.9999;     50;49.9999;  input.stakes",
            "sum 100.0001;    50;50.0001;  input.stakes",
            "zero stake;      100;0;       input.stakes[1].percentage",
            "negative stake;  101;-1;      input.stakes[0].percentage",
            "five decimals;   50.00001;49.99999; input.stakes[0].percentage",
    })
    void badCapTablesAreRefusedWithTheField(String label, String first, String second, String field) {
        assertThatThrownBy(() -> new SetOwnership(0, FOUNDED, "bad", List.of(new Stake(NSCALE, pct(first)), new Stake(AKER, pct(second)))))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo(field);
    }

    @Test
    void aPartnerMayAppearOnlyOnce() {
        assertThatThrownBy(() -> new SetOwnership(0, FOUNDED, "twice", List.of(new Stake(NSCALE, pct("50")), new Stake(NSCALE, pct("50")))))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.stakes[1].partnerId");
    }

    @Test
    void trailingZerosBeyondFourDecimalsAreStillExact() {
        var set = new SetOwnership(0, FOUNDED, "ok", List.of(new Stake(NSCALE, pct("50.000000")), new Stake(AKER, pct("50"))));

        assertThat(set.stakes()).extracting(Stake::percentage).containsExactly(pct("50.0000"), pct("50.0000"));
    }

    @Test
    void aStaleBaseVersionIsAConflict() {
        OwnershipLedger founded = founded();

        assertThatThrownBy(() -> founded.entryFor(new TransferStake(0, LATER, "stale", AKER, NSCALE, pct("1")), ADMIN, NOW))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.basedOnVersion");
    }

    @Test
    void aTransferOfMoreThanTheGiverHoldsIsRefused() {
        OwnershipLedger founded = founded();

        assertThatThrownBy(() -> founded.entryFor(new TransferStake(1, LATER, "too much", AKER, NSCALE, pct("50.0001")), ADMIN, NOW))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.percentage");
    }

    @Test
    void aTransferFromANonOwnerIsRefused() {
        OwnershipLedger founded = founded();

        assertThatThrownBy(() -> founded.entryFor(new TransferStake(1, LATER, "nothing", OPENAI, NSCALE, pct("1")), ADMIN, NOW))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.fromPartnerId");
    }

    @Test
    void aTransferToOneselfIsRefused() {
        assertThatThrownBy(() -> new TransferStake(1, LATER, "self", AKER, AKER, pct("1")))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.toPartnerId");
    }

    @Test
    void effectiveDatesNeverGoBackwards() {
        OwnershipLedger founded = founded();

        assertThatThrownBy(() -> founded.entryFor(new TransferStake(1, FOUNDED.minusDays(1), "backdated", AKER, NSCALE, pct("1")), ADMIN, NOW))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.effectiveDate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("futureDates")
    void noChangeTakesEffectAfterTheDayItIsRecorded(String label, LocalDate date) {
        OwnershipLedger founded = founded();

        assertThatThrownBy(() -> founded.entryFor(new TransferStake(1, date, "future", AKER, NSCALE, pct("1")), ADMIN, NOW))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.effectiveDate");
        assertThatThrownBy(() -> founded.entryFor(new SetOwnership(1, date, "future", List.of(new Stake(NSCALE, pct("100")))), ADMIN, NOW))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.effectiveDate");
    }

    static Stream<Arguments> futureDates() {
        return Stream.of(
                Arguments.of("the next day (UTC)", NOW.toLocalDate().plusDays(1)),
                Arguments.of("the far future", LocalDate.of(9999, 12, 31)));
    }

    @Test
    void theRecordingDayIsTheDayInUtc() {
        OffsetDateTime lateEveningInHawaii = OffsetDateTime.of(2026, 2, 1, 20, 0, 0, 0, ZoneOffset.ofHours(-10));

        var entry = founded().entryFor(new TransferStake(1, LocalDate.of(2026, 2, 2), "UTC day", AKER, NSCALE, pct("1")),
                ADMIN, lateEveningInHawaii);

        assertThat(entry.effectiveDate()).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void aChangeMayTakeEffectOnTheDayItIsRecordedAndTheNextOneToo() {
        OwnershipLedger founded = founded();
        var today = founded.entryFor(new TransferStake(1, NOW.toLocalDate(), "today", AKER, NSCALE, pct("1")), ADMIN, NOW);
        OwnershipLedger ledger = founded.append(today);

        var next = ledger.entryFor(new TransferStake(2, NOW.toLocalDate(), "same day", AKER, NSCALE, pct("1")), ADMIN, NOW);

        assertThat(ledger.append(next).latest().holdingOf(NSCALE)).contains(new BigDecimal("52.0000"));
        assertThat(ledger.head()).isEqualTo(founded.head().after(today));
    }

    @Test
    void aBlankReasonIsRefused() {
        assertThatThrownBy(() -> new TransferStake(1, LATER, "  ", AKER, NSCALE, pct("1")))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.reason");
    }

    @Test
    void stakesAreOrderedByPercentageThenId() {
        var set = new SetOwnership(0, FOUNDED, "order", List.of(
                new Stake(OPENAI, pct("25")), new Stake(AKER, pct("25")), new Stake(NSCALE, pct("50"))));

        CapTable table = OwnershipLedger.empty().append(OwnershipLedger.empty().entryFor(set, ADMIN, NOW)).latest();

        assertThat(table.owners()).containsExactly(NSCALE, AKER, OPENAI);
    }

    private static OwnershipLedger founded() {
        var set = new SetOwnership(0, FOUNDED, "founding", List.of(new Stake(NSCALE, pct("50")), new Stake(AKER, pct("50"))));
        OwnershipLedger empty = OwnershipLedger.empty();
        return empty.append(empty.entryFor(set, ADMIN, NOW));
    }

    private static Stake stake(UUID partner, String percentage) {
        return new Stake(partner, new BigDecimal(percentage));
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
