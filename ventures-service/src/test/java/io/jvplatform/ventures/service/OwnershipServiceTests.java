package io.jvplatform.ventures.service;

import io.jvplatform.ventures.api.model.SetOwnershipInput;
import io.jvplatform.ventures.api.model.StakeInput;
import io.jvplatform.ventures.api.model.TransferStakeInput;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.client.PartnerStatus;
import io.jvplatform.ventures.domain.CapTable;
import io.jvplatform.ventures.domain.LedgerEntry;
import io.jvplatform.ventures.domain.LedgerEntry.OwnershipSet;
import io.jvplatform.ventures.domain.LedgerEntry.StakeTransfer;
import io.jvplatform.ventures.domain.LedgerHead;
import io.jvplatform.ventures.domain.OwnershipLedger;
import io.jvplatform.ventures.domain.Stake;
import io.jvplatform.ventures.domain.VentureStatus;
import io.jvplatform.ventures.mapping.LedgerMapper;
import io.jvplatform.ventures.mapping.VentureMapper;
import io.jvplatform.ventures.persistence.LedgerEntryEntity;
import io.jvplatform.ventures.persistence.LedgerRepository;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.jvplatform.ventures.persistence.VentureRepository;
import io.jvplatform.ventures.client.PartnerStatuses;
import io.jvplatform.ventures.support.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batched reads of the ledger: cap tables on a date come from the head kept on each venture row
 * unless the date is before its latest entry (then only those ledgers are replayed, in one question),
 * and histories are one question for all ventures, answered in the order asked.
 */
class OwnershipServiceTests {

    private static final UUID NORWAY = UUID.fromString("10000000-0000-0000-0000-000000000001");
    private static final UUID FINLAND = UUID.fromString("10000000-0000-0000-0000-000000000002");
    private static final UUID EMPTY = UUID.fromString("10000000-0000-0000-0000-000000000003");
    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID ARCHIVED = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final UUID UNKNOWN = UUID.fromString("00000000-0000-0000-0000-00000000000f");
    private static final LocalDate FOUNDED = LocalDate.of(2025, 7, 31);
    private static final LocalDate SOLD = LocalDate.of(2026, 1, 10);
    private static final OffsetDateTime RECORDED = OffsetDateTime.of(2026, 1, 10, 12, 0, 0, 0, ZoneOffset.UTC);

    /** Norway: founded 50/50 by Nscale and Aker; Aker sold 20 points to OpenAI on {@link #SOLD}. */
    private static final List<LedgerEntry> NORWAY_LEDGER = List.of(
            new OwnershipSet(1, FOUNDED, "admin", null, "founding", RECORDED, List.of(stake(NSCALE, "50"), stake(AKER, "50"))),
            new StakeTransfer(2, SOLD, "admin", "admin2", "sale", RECORDED, AKER, OPENAI, new BigDecimal("20.0000")));
    /** Finland: Nscale alone since 2025-01-01. */
    private static final List<LedgerEntry> FINLAND_LEDGER = List.of(
            new OwnershipSet(1, LocalDate.of(2025, 1, 1), "admin", null, "founding", RECORDED, List.of(stake(NSCALE, "100"))));

    private final Ledger ledger = new Ledger();
    private final PartnerStatuses directory = PartnerStatuses.knowing(Map.of(NSCALE, PartnerStatus.ACTIVE, AKER, PartnerStatus.ACTIVE,
            ARCHIVED, PartnerStatus.ARCHIVED));
    private final OwnershipService service = new OwnershipService(new Ventures(), ledger, null, null, null, null);

    @Test
    void todaysTablesComeFromTheVentureRowsWithoutAQuestion() {
        Map<String, CapTable> tables = service.tablesOn(ventures(NORWAY, FINLAND, EMPTY), OwnershipService.today());

        assertThat(ledger.asked).isEmpty();
        assertThat(tables.get(NORWAY.toString()).holdings()).containsExactly(
                Map.entry(NSCALE, new BigDecimal("50.0000")), Map.entry(AKER, new BigDecimal("30.0000")),
                Map.entry(OPENAI, new BigDecimal("20.0000")));
        assertThat(tables.get(FINLAND.toString()).owners()).containsExactly(NSCALE);
        assertThat(tables.get(EMPTY.toString()).stakes()).isEmpty();
    }

    @Test
    void onTheDayOfTheLatestEntryItsTableIsInForce() {
        Map<String, CapTable> tables = service.tablesOn(ventures(NORWAY), SOLD);

        assertThat(ledger.asked).isEmpty();
        assertThat(tables.get(NORWAY.toString()).holdingOf(OPENAI)).contains(new BigDecimal("20.0000"));
    }

    @Test
    void aDateBeforeTheLatestEntryReplaysOnlyThatLedger() {
        Map<String, CapTable> tables = service.tablesOn(ventures(NORWAY, FINLAND, NORWAY), SOLD.minusDays(1));

        assertThat(ledger.asked).containsExactly(new Question(List.of(NORWAY), SOLD.minusDays(1)));
        assertThat(tables.get(NORWAY.toString()).holdings()).containsExactly(
                Map.entry(NSCALE, new BigDecimal("50.0000")), Map.entry(AKER, new BigDecimal("50.0000")));
        assertThat(tables.get(NORWAY.toString()).parity()).isTrue();
        assertThat(tables.get(FINLAND.toString()).owners()).containsExactly(NSCALE);
    }

    @Test
    void everyTableCarriesTheDateAskedAndTheLedgersCurrentVersion() {
        LocalDate before = SOLD.minusDays(1);

        Map<String, CapTable> tables = service.tablesOn(ventures(NORWAY, FINLAND, EMPTY), before);

        assertThat(tables.values()).allSatisfy(table -> assertThat(table.asOf()).isEqualTo(before));
        assertThat(tables.get(NORWAY.toString()).ledgerVersion()).as("the version to write on, not the replayed one").isEqualTo(2);
        assertThat(tables.get(FINLAND.toString()).ledgerVersion()).isEqualTo(1);
        assertThat(tables.get(EMPTY.toString()).ledgerVersion()).isZero();
    }

    @Test
    void aDateBeforeEveryLedgerIsOneQuestionForAllAndEmptyTables() {
        LocalDate beforeAll = LocalDate.of(2024, 12, 31);

        Map<String, CapTable> tables = service.tablesOn(ventures(FINLAND, NORWAY, EMPTY), beforeAll);

        assertThat(ledger.asked).containsExactly(new Question(List.of(FINLAND, NORWAY), beforeAll));
        assertThat(tables.get(NORWAY.toString()).stakes()).isEmpty();
        assertThat(tables.get(FINLAND.toString()).stakes()).isEmpty();
        assertThat(tables.get(EMPTY.toString()).stakes()).as("an empty ledger has nothing to replay").isEmpty();
    }

    @Test
    void theHeadAndTheReplayAgreeOnEveryDate() {
        OwnershipLedger history = new OwnershipLedger(NORWAY_LEDGER);
        for (LocalDate date = FOUNDED.minusDays(2); !date.isAfter(SOLD.plusDays(2)); date = date.plusDays(1)) {
            CapTable served = service.tablesOn(ventures(NORWAY), date).get(NORWAY.toString());

            assertThat(served.stakes()).as("on %s", date).isEqualTo(history.asOf(date).stakes());
            assertThat(served.ledgerVersion()).isEqualTo(history.version());
        }
        assertThat(ledger.asked).as("only dates before the latest entry are replayed")
                .allSatisfy(question -> assertThat(question.date()).isBefore(SOLD));
    }

    @Test
    void capTablesAreAnsweredInTheOrderAskedAndDefaultToToday() {
        var tables = service.capTables(ventures(FINLAND, NORWAY, FINLAND), null);

        assertThat(tables).extracting(table -> table.asOf()).containsOnly(OwnershipService.today());
        assertThat(tables).extracting(table -> table.stakes().size()).containsExactly(1, 3, 1);
        assertThat(tables.get(1).ledgerVersion()).isEqualTo(2);
        assertThat(ledger.asked).isEmpty();
    }

    @Test
    void historiesAreOneQuestionAnsweredInTheOrderAskedOldestFirst() {
        var histories = service.histories(List.of(NORWAY.toString(), EMPTY.toString(), NORWAY.toString(), FINLAND.toString()));

        assertThat(ledger.askedForAll).containsExactly(List.of(NORWAY, EMPTY, FINLAND));
        assertThat(histories).hasSize(4);
        assertThat(histories.get(0)).extracting(entry -> entry.version() + " " + entry.type()).containsExactly("1 SET", "2 TRANSFER");
        assertThat(histories.get(0).get(1).approvedBy()).isEqualTo("admin2");
        assertThat(histories.get(1)).isEmpty();
        assertThat(histories.get(2)).isEqualTo(histories.get(0));
        assertThat(histories.get(3)).singleElement().satisfies(entry -> assertThat(entry.stakes()).hasSize(1));
    }

    @Test
    void theHeadOfAVentureIsReadFromItsRow() {
        LedgerHead head = service.headOf(NORWAY);

        assertThat(head.version()).isEqualTo(2);
        assertThat(head.latestEffectiveDate()).isEqualTo(SOLD);
        assertThat(head.latest().owners()).containsExactly(NSCALE, AKER, OPENAI);
        assertThat(Refusal.of(() -> service.headOf(UUID.randomUUID()))).isEqualTo(Refusal.notFound("ventureId"));
    }

    static Stream<Arguments> refusedChanges() {
        String unknownVenture = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("a venture id that is not a UUID", (Change) service -> service.set("norway", set(NSCALE, AKER)),
                        Refusal.validation("ventureId")),
                Arguments.of("a stake's id that is not a UUID", (Change) service -> service.set(NORWAY.toString(),
                        new SetOwnershipInput(2, SOLD, "r", List.of(new StakeInput(NSCALE.toString(), new BigDecimal("50")),
                                new StakeInput("aker", new BigDecimal("50"))))), Refusal.validation("input.stakes[1].partnerId")),
                Arguments.of("a stake of an unknown partner", (Change) service -> service.set(NORWAY.toString(), set(NSCALE, UNKNOWN)),
                        Refusal.validation("input.stakes[1].partnerId")),
                Arguments.of("a stake of an archived partner", (Change) service -> service.set(NORWAY.toString(), set(ARCHIVED, NSCALE)),
                        Refusal.validation("input.stakes[0].partnerId")),
                Arguments.of("a transfer to an archived partner", (Change) service -> service.transfer(NORWAY.toString(),
                        transfer(AKER, ARCHIVED)), Refusal.validation("input.toPartnerId")),
                Arguments.of("a table for an unknown venture", (Change) service -> service.set(unknownVenture, set(NSCALE, AKER)),
                        Refusal.notFound("ventureId")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refusedChanges")
    void aRefusedChangeAppendsNothing(String rule, Change change, Refusal refusal) {
        assertThat(Refusal.of(() -> change.on(writing()))).isEqualTo(refusal);
        assertThat(ledger.appended).isEmpty();
    }

    @Test
    void aTableAsksAboutEveryOwnerInOneQuestionAndATransferOnlyAboutItsTaker() {
        String unknownVenture = UUID.randomUUID().toString();
        OwnershipService writing = writing();

        assertThat(Refusal.of(() -> writing.set(unknownVenture, set(AKER, NSCALE)))).isEqualTo(Refusal.notFound("ventureId"));
        assertThat(Refusal.of(() -> writing.transfer(unknownVenture, transfer(ARCHIVED, AKER))))
                .as("an archived giver holds a stake already: the ledger decides").isEqualTo(Refusal.notFound("ventureId"));
        assertThat(directory.asked).containsExactly(List.of(AKER, NSCALE), List.of(AKER));
    }

    private OwnershipService writing() {
        return new OwnershipService(new Ventures(), ledger, new PartnerVerification(directory), null, null, null);
    }

    /** A change of the ownership service. */
    @FunctionalInterface
    interface Change {
        void on(OwnershipService service);
    }

    /** One question for the entries effective by a date. */
    record Question(List<UUID> ventureIds, LocalDate date) {
    }

    /** The ledgers of Norway and Finland as rows; what was asked is kept. */
    static final class Ledger extends LedgerRepository {

        final List<Question> asked = new ArrayList<>();
        final List<LedgerEntryEntity> appended = new ArrayList<>();
        final List<List<UUID>> askedForAll = new ArrayList<>();
        private final Map<UUID, List<LedgerEntry>> ledgers = Map.of(NORWAY, NORWAY_LEDGER, FINLAND, FINLAND_LEDGER);

        @Override
        public Map<UUID, List<LedgerEntryEntity>> entriesOf(Collection<UUID> ventureIds) {
            askedForAll.add(List.copyOf(ventureIds));
            return rows(ventureIds, LocalDate.MAX);
        }

        @Override
        public Map<UUID, List<LedgerEntryEntity>> entriesOf(Collection<UUID> ventureIds, LocalDate date) {
            asked.add(new Question(List.copyOf(ventureIds), date));
            return rows(ventureIds, date);
        }

        @Override
        public void persist(LedgerEntryEntity entry) {
            appended.add(entry);
        }

        private Map<UUID, List<LedgerEntryEntity>> rows(Collection<UUID> ventureIds, LocalDate date) {
            Map<UUID, List<LedgerEntryEntity>> rows = new HashMap<>();
            for (UUID venture : ventureIds) {
                ledgers.getOrDefault(venture, List.of()).stream().filter(entry -> !entry.effectiveDate().isAfter(date))
                        .forEach(entry -> rows.computeIfAbsent(venture, id -> new ArrayList<>()).add(LedgerMapper.toEntity(venture, entry)));
            }
            return rows;
        }
    }

    /** The venture rows, their heads as the ledgers above leave them. */
    static final class Ventures extends VentureRepository {

        @Override
        public Optional<VentureEntity> findByIdOptional(UUID id) {
            return Optional.ofNullable(row(id));
        }

        @Override
        public Optional<VentureEntity> lockById(UUID id) {
            return findByIdOptional(id);
        }
    }

    private static VentureEntity row(UUID id) {
        List<LedgerEntry> entries = id.equals(NORWAY) ? NORWAY_LEDGER : id.equals(FINLAND) ? FINLAND_LEDGER : id.equals(EMPTY) ? List.of() : null;
        if (entries == null) {
            return null;
        }
        VentureEntity venture = new VentureEntity();
        venture.id = id;
        venture.name = "Stargate " + id;
        venture.jurisdiction = "NO";
        venture.status = VentureStatus.ACTIVE;
        LedgerHead head = LedgerHead.empty();
        for (LedgerEntry entry : entries) {
            head = head.after(entry);
        }
        venture.ledgerVersion = head.version();
        venture.ledgerEffectiveDate = head.latestEffectiveDate();
        head.latest().stakes().forEach(stake -> venture.currentStakes.add(new StakeEmbeddable(stake.partnerId(), stake.percentage())));
        return venture;
    }

    private static List<Venture> ventures(UUID... ids) {
        return java.util.Arrays.stream(ids).map(id -> VentureMapper.toApi(row(id))).toList();
    }

    private static SetOwnershipInput set(UUID first, UUID second) {
        return new SetOwnershipInput(2, SOLD, "restructuring", List.of(new StakeInput(first.toString(), new BigDecimal("50")),
                new StakeInput(second.toString(), new BigDecimal("50"))));
    }

    private static TransferStakeInput transfer(UUID from, UUID to) {
        return new TransferStakeInput(2, SOLD, "sale", from.toString(), to.toString(), BigDecimal.ONE);
    }

    private static Stake stake(UUID partner, String percentage) {
        return new Stake(partner, new BigDecimal(percentage).setScale(4));
    }
}
