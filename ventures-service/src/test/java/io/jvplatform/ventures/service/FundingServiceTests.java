package io.jvplatform.ventures.service;

import io.jvplatform.ventures.api.model.FundingPhase;
import io.jvplatform.ventures.api.model.FundingPhaseInput;
import io.jvplatform.ventures.api.model.Money;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.domain.FundingPhaseKind;
import io.jvplatform.ventures.domain.FundingPhaseStatus;
import io.jvplatform.ventures.domain.VentureStatus;
import io.jvplatform.ventures.mapping.VentureMapper;
import io.jvplatform.ventures.persistence.FundingPhaseEntity;
import io.jvplatform.ventures.persistence.FundingPhaseRepository;
import io.jvplatform.ventures.persistence.FundingPhaseRepository.CapitalTotal;
import io.jvplatform.ventures.persistence.LedgerEntryEntity;
import io.jvplatform.ventures.persistence.LedgerRepository;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.jvplatform.ventures.persistence.VentureRepository;
import io.jvplatform.ventures.support.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A venture's funding phases and totals, read for many ventures at once: one question each, phases
 * grouped back to their venture with commitments pro rata of that venture's own table, and totals
 * per currency in currency order, every answer in the order the ventures were asked.
 */
class FundingServiceTests {

    private static final UUID NORWAY = UUID.fromString("10000000-0000-0000-0000-000000000001");
    private static final UUID FINLAND = UUID.fromString("10000000-0000-0000-0000-000000000002");
    private static final UUID UAE = UUID.fromString("10000000-0000-0000-0000-000000000003");
    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID PHASE_ONE = UUID.fromString("30000000-0000-0000-0000-000000000001");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private final Phases phases = new Phases();
    private final FundingService service = new FundingService(phases, null,
            new OwnershipService(null, new NoLedger(), null, null, null, null), null);

    @Test
    void totalsArePerCurrencyInCurrencyOrderAndInTheOrderOfTheVenturesAsked() {
        phases.totals.add(new CapitalTotal(NORWAY, "USD", new BigDecimal("1000000000.00")));
        phases.totals.add(new CapitalTotal(FINLAND, "EUR", new BigDecimal("250.00")));
        phases.totals.add(new CapitalTotal(NORWAY, "EUR", new BigDecimal("30000000.50")));
        phases.totals.add(new CapitalTotal(NORWAY, "NOK", new BigDecimal("7.25")));

        List<List<Money>> totals = service.totalsOf(List.of(FINLAND.toString(), UAE.toString(), NORWAY.toString(), FINLAND.toString()));

        assertThat(phases.asked).containsExactly(List.of(FINLAND, UAE, NORWAY));
        assertThat(totals.get(0)).containsExactly(new Money(new BigDecimal("250.00"), "EUR"));
        assertThat(totals.get(1)).as("a venture without capital").isEmpty();
        assertThat(totals.get(2)).containsExactly(new Money(new BigDecimal("30000000.50"), "EUR"),
                new Money(new BigDecimal("7.25"), "NOK"), new Money(new BigDecimal("1000000000.00"), "USD"));
        assertThat(totals.get(3)).isEqualTo(totals.get(0));
    }

    @Test
    void aTotalReadsAtScaleTwoWhateverScaleTheDatabaseSummedIn() {
        phases.totals.add(new CapitalTotal(NORWAY, "USD", new BigDecimal("12")));

        assertThat(service.totalsOf(List.of(NORWAY.toString())).get(0)).singleElement()
                .satisfies(total -> assertThat(total.amount()).isEqualTo(new BigDecimal("12.00")));
    }

    @Test
    void phasesAreGroupedByVentureWithCommitmentsProRataOfItsOwnTable() {
        phases.rows.add(phase(NORWAY, 1, "100"));
        phases.rows.add(phase(NORWAY, 2, "0.01"));
        phases.rows.add(phase(FINLAND, 1, "10"));

        List<List<FundingPhase>> byVenture = service.phasesOf(List.of(venture(FINLAND, "100"), venture(UAE),
                venture(NORWAY, "60", "40")));

        assertThat(phases.asked).containsExactly(List.of(FINLAND, UAE, NORWAY));
        assertThat(byVenture.get(0)).singleElement().satisfies(phase -> assertThat(phase.commitments())
                .extracting(commitment -> commitment.partner().id() + " " + commitment.amount().amount())
                .containsExactly(NSCALE + " 10.00"));
        assertThat(byVenture.get(1)).isEmpty();
        assertThat(byVenture.get(2)).extracting(FundingPhase::ordinal).containsExactly(1, 2);
        assertThat(byVenture.get(2).get(0).commitments()).extracting(commitment -> commitment.amount().amount())
                .containsExactly(new BigDecimal("60.00"), new BigDecimal("40.00"));
        assertThat(byVenture.get(2).get(1).commitments()).as("a cent that cannot be split goes to the largest remainder")
                .extracting(commitment -> commitment.amount().amount())
                .containsExactly(new BigDecimal("0.01"), new BigDecimal("0.00"));
    }

    @Test
    void aVentureWithoutOwnersCommitsNothingOfItsPhases() {
        phases.rows.add(phase(UAE, 1, "500"));

        List<List<FundingPhase>> byVenture = service.phasesOf(List.of(venture(UAE)));

        assertThat(byVenture.get(0)).singleElement().satisfies(phase -> {
            assertThat(phase.committedCapital()).isEqualTo(new Money(new BigDecimal("500.00"), "USD"));
            assertThat(phase.commitments()).isEmpty();
        });
    }

    static Stream<Arguments> refusedWrites() {
        return Stream.of(
                Arguments.of("adding to a venture id that is not a UUID", (Write) service -> service.add("norway", input("Phase 2", 2)),
                        Refusal.validation("ventureId")),
                Arguments.of("adding a phase without a name", (Write) service -> service.add(NORWAY.toString(), input(" ", 2)),
                        Refusal.validation("input.name")),
                Arguments.of("adding ordinal 0", (Write) service -> service.add(NORWAY.toString(), input("Phase 0", 0)),
                        Refusal.validation("input.ordinal")),
                Arguments.of("adding to an unknown venture", (Write) service -> service.add(UAE.toString(), input("Phase 2", 2)),
                        Refusal.notFound("ventureId")),
                Arguments.of("adding an ordinal the venture has", (Write) service -> service.add(NORWAY.toString(), input("Phase 1b", 1)),
                        Refusal.conflict("input.ordinal")),
                Arguments.of("updating by an id that is not a UUID", (Write) service -> service.update("phase-1", 1, input("Phase 1", 1)),
                        Refusal.validation("id")),
                Arguments.of("updating an unknown phase", (Write) service -> service.update(UUID.randomUUID().toString(), 1, input("Phase 1", 1)),
                        Refusal.notFound("id")),
                Arguments.of("updating on an old version", (Write) service -> service.update(PHASE_ONE.toString(), 2, input("Phase 1", 1)),
                        Refusal.conflict("expectedVersion")),
                Arguments.of("moving a phase onto another's ordinal", (Write) service -> service.update(PHASE_ONE.toString(), 1,
                        input("Phase 1", 2)), Refusal.conflict("input.ordinal")),
                Arguments.of("updating with a bad capital", (Write) service -> service.update(PHASE_ONE.toString(), 1,
                        new FundingPhaseInput("Phase 1", 1, FundingPhaseKind.INITIAL, FundingPhaseStatus.COMMITTED,
                                new Money(new BigDecimal("-5"), "USD"), null, null, null)), Refusal.validation("input.committedCapital.amount")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refusedWrites")
    void aRefusedWriteLeavesThePhasesAsTheyWere(String rule, Write write, Refusal refusal) {
        FundingPhaseEntity one = phase(NORWAY, 1, "100");
        one.id = PHASE_ONE;
        one.version = 1;
        phases.rows.add(one);
        phases.rows.add(phase(NORWAY, 2, "50"));
        FundingService writing = new FundingService(phases, new Owners(), null, null);

        assertThat(Refusal.of(() -> write.on(writing))).isEqualTo(refusal);
        assertThat(phases.persisted).isEmpty();
        assertThat(one.version).isEqualTo(1);
        assertThat(one.name).isEqualTo("Phase 1");
        assertThat(one.capitalAmount).isEqualTo(new BigDecimal("100.00"));
    }

    /** A write of the service. */
    @FunctionalInterface
    interface Write {
        void on(FundingService service);
    }

    /** Norway and Finland exist; UAE does not. */
    static final class Owners extends VentureRepository {

        @Override
        public Optional<VentureEntity> lockById(UUID id) {
            if (id.equals(UAE)) {
                return Optional.empty();
            }
            VentureEntity venture = new VentureEntity();
            venture.id = id;
            return Optional.of(venture);
        }
    }

    /** Phase rows and capital totals in memory; the venture ids of each question are kept. */
    static final class Phases extends FundingPhaseRepository {

        final List<FundingPhaseEntity> rows = new ArrayList<>();
        final List<CapitalTotal> totals = new ArrayList<>();
        final List<List<UUID>> asked = new ArrayList<>();
        final List<FundingPhaseEntity> persisted = new ArrayList<>();

        @Override
        public Optional<FundingPhaseEntity> findByIdOptional(UUID id) {
            return rows.stream().filter(phase -> phase.id.equals(id)).findFirst();
        }

        @Override
        public Optional<FundingPhaseEntity> lockById(UUID id) {
            return findByIdOptional(id);
        }

        @Override
        public boolean ordinalTaken(UUID ventureId, int ordinal, UUID exceptPhaseId) {
            return rows.stream().anyMatch(phase -> phase.ventureId.equals(ventureId) && phase.ordinal == ordinal
                    && !phase.id.equals(exceptPhaseId));
        }

        @Override
        public void persist(FundingPhaseEntity phase) {
            persisted.add(phase);
        }

        @Override
        public List<FundingPhaseEntity> ofVentures(Collection<UUID> ventureIds) {
            asked.add(List.copyOf(ventureIds));
            return rows.stream().filter(phase -> ventureIds.contains(phase.ventureId)).toList();
        }

        @Override
        public List<CapitalTotal> totalsOf(Collection<UUID> ventureIds) {
            asked.add(List.copyOf(ventureIds));
            return totals.stream().filter(total -> ventureIds.contains(total.ventureId())).toList();
        }
    }

    /** Today's tables come from the venture rows: the ledger is never asked. */
    static final class NoLedger extends LedgerRepository {

        @Override
        public Map<UUID, List<LedgerEntryEntity>> entriesOf(Collection<UUID> ventureIds, LocalDate date) {
            throw new AssertionError("today's cap tables need no replay");
        }
    }

    private static FundingPhaseInput input(String name, int ordinal) {
        return new FundingPhaseInput(name, ordinal, FundingPhaseKind.INITIAL, FundingPhaseStatus.COMMITTED, null, null, null, null);
    }

    private static FundingPhaseEntity phase(UUID venture, int ordinal, String usd) {
        FundingPhaseEntity phase = new FundingPhaseEntity();
        phase.id = UUID.randomUUID();
        phase.ventureId = venture;
        phase.name = "Phase " + ordinal;
        phase.ordinal = ordinal;
        phase.kind = FundingPhaseKind.INITIAL;
        phase.status = FundingPhaseStatus.COMMITTED;
        phase.capitalAmount = new BigDecimal(usd).setScale(2);
        phase.capitalCurrency = "USD";
        return phase;
    }

    /** A venture whose current table is Nscale's (and Aker's) {@code percentages}; no owners without any. */
    private static Venture venture(UUID id, String... percentages) {
        VentureEntity venture = new VentureEntity();
        venture.id = id;
        venture.name = "Stargate " + id;
        venture.jurisdiction = "NO";
        venture.status = VentureStatus.ACTIVE;
        if (percentages.length > 0) {
            UUID[] owners = {NSCALE, AKER};
            for (int i = 0; i < percentages.length; i++) {
                venture.currentStakes.add(new StakeEmbeddable(owners[i], new BigDecimal(percentages[i]).setScale(4)));
            }
            venture.ledgerVersion = 1;
            venture.ledgerEffectiveDate = LocalDate.of(2025, 7, 31);
        }
        return VentureMapper.toApi(venture);
    }
}
