package io.jvplatform.ventures.mapping;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ValidationException;
import io.jvplatform.ventures.api.model.Commitment;
import io.jvplatform.ventures.api.model.Energy;
import io.jvplatform.ventures.api.model.FundingPhase;
import io.jvplatform.ventures.api.model.FundingPhaseInput;
import io.jvplatform.ventures.api.model.Money;
import io.jvplatform.ventures.api.model.Site;
import io.jvplatform.ventures.api.model.Source;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.api.model.VentureInput;
import io.jvplatform.ventures.domain.CapTable;
import io.jvplatform.ventures.domain.FundingPhaseKind;
import io.jvplatform.ventures.domain.FundingPhaseStatus;
import io.jvplatform.ventures.domain.LedgerChangeType;
import io.jvplatform.ventures.domain.LedgerEntry.OwnershipSet;
import io.jvplatform.ventures.domain.LedgerEntry.StakeTransfer;
import io.jvplatform.ventures.domain.LedgerHead;
import io.jvplatform.ventures.domain.ParticipantRole;
import io.jvplatform.ventures.domain.Stake;
import io.jvplatform.ventures.domain.VentureStatus;
import io.jvplatform.ventures.persistence.FundingPhaseEntity;
import io.jvplatform.ventures.persistence.LedgerEntryEntity;
import io.jvplatform.ventures.persistence.ParticipantEmbeddable;
import io.jvplatform.ventures.persistence.SourceEmbeddable;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import io.jvplatform.ventures.persistence.VentureEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Entities to API types with their derived figures, and client input checked onto the entities. */
class MappersTests {

    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final LocalDate FOUNDED = LocalDate.of(2025, 7, 31);
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 2, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final VentureInput NORWAY = new VentureInput("Stargate Norway", "Stargate Norway AS", "NO",
            new Site("Kvandal", "Nordland", "NO"), "Stargate", VentureStatus.ANNOUNCED, FOUNDED,
            new Energy(new BigDecimal("100"), "hydro"), "closed loop", "230 MW\nphase one", List.of(new Source("Nscale", null, null)));
    private static final FundingPhaseInput PHASE_ONE = new FundingPhaseInput("Phase 1", 1, FundingPhaseKind.INITIAL,
            FundingPhaseStatus.COMMITTED, new Money(new BigDecimal("1000000000"), "USD"), new BigDecimal("230"), FOUNDED, null);

    @Test
    void checkedVentureInputIsCopiedOntoTheEntityTrimmedAndNormalised() {
        VentureEntity venture = new VentureEntity();

        VentureMapper.apply(withName(" Stargate Norway  "), venture);

        assertThat(venture.name).isEqualTo("Stargate Norway");
        assertThat(venture.jurisdiction).isEqualTo("NO");
        assertThat(venture.siteName).isEqualTo("Kvandal");
        assertThat(venture.siteCountry).isEqualTo("NO");
        assertThat(venture.renewableShare).isEqualTo(new BigDecimal("100.0000"));
        assertThat(venture.description).isEqualTo("230 MW\nphase one");
        assertThat(venture.sources).containsExactly(new SourceEmbeddable("Nscale", null, null));
    }

    @Test
    void aVentureWithoutSiteOrEnergyHasNone() {
        VentureEntity venture = new VentureEntity();
        VentureMapper.apply(new VentureInput("Stargate Finland", null, "FI", null, null, VentureStatus.ANNOUNCED, null, null,
                null, null, null), venture);

        Venture api = VentureMapper.toApi(withIds(venture));

        assertThat(api.site()).isNull();
        assertThat(api.energy()).isNull();
        assertThat(api.sources()).isEmpty();
    }

    static Stream<Arguments> badVentures() {
        return Stream.of(
                Arguments.of("a blank name", (UnaryOperator<VentureInput>) input -> withName(" "), "input.name"),
                Arguments.of("a name of 201 characters", (UnaryOperator<VentureInput>) input -> withName("n".repeat(201)), "input.name"),
                Arguments.of("a line break in the name", (UnaryOperator<VentureInput>) input -> withName("Stargate\nNorway"), "input.name"),
                Arguments.of("an unknown jurisdiction", (UnaryOperator<VentureInput>) input -> new VentureInput(input.name(), null, "Norway",
                        null, null, input.status(), null, null, null, null, null), "input.jurisdiction"),
                Arguments.of("an unknown site country", (UnaryOperator<VentureInput>) input -> new VentureInput(input.name(), null, "NO",
                        new Site(null, null, "XX"), null, input.status(), null, null, null, null, null), "input.site.country"),
                Arguments.of("a renewable share over 100", (UnaryOperator<VentureInput>) input -> new VentureInput(input.name(), null, "NO",
                        null, null, input.status(), null, new Energy(new BigDecimal("101"), null), null, null, null),
                        "input.energy.renewableSharePercent"),
                Arguments.of("a NUL in the cooling", (UnaryOperator<VentureInput>) input -> new VentureInput(input.name(), null, "NO",
                        null, null, input.status(), null, null, "air\u0000", null, null), "input.cooling"),
                Arguments.of("a program of 101 characters", (UnaryOperator<VentureInput>) input -> new VentureInput(input.name(), null, "NO",
                        null, "p".repeat(101), input.status(), null, null, null, null, null), "input.program"),
                Arguments.of("a source URL that is not http", (UnaryOperator<VentureInput>) input -> new VentureInput(input.name(), null, "NO",
                        null, null, input.status(), null, null, null, null, List.of(new Source("t", "ftp://x", null))), "input.sources[0].url"));
    }

    @ParameterizedTest(name = "{0} is refused on {2}")
    @MethodSource("badVentures")
    void badVentureInputIsRefusedOnItsFieldAndNothingIsCopied(String rule, UnaryOperator<VentureInput> change, String field) {
        VentureEntity venture = new VentureEntity();
        venture.sources.add(new SourceEmbeddable("kept", null, null));

        assertThatThrownBy(() -> VentureMapper.apply(change.apply(NORWAY), venture))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo(field);
        assertThat(venture.sources).as("sources are replaced only once all input is checked")
                .containsExactly(new SourceEmbeddable("kept", null, null));
    }

    @Test
    void participantsAreShownByRoleThenPartner() {
        VentureEntity venture = new VentureEntity();
        VentureMapper.apply(NORWAY, venture);
        venture.participants.add(new ParticipantEmbeddable(OPENAI, ParticipantRole.OFFTAKER));
        venture.participants.add(new ParticipantEmbeddable(AKER, ParticipantRole.BUILDER));
        venture.participants.add(new ParticipantEmbeddable(NSCALE, ParticipantRole.BUILDER));

        Venture api = VentureMapper.toApi(withIds(venture));

        assertThat(api.participants()).extracting(participant -> participant.partner().id() + " " + participant.role())
                .containsExactly(NSCALE + " BUILDER", AKER + " BUILDER", OPENAI + " OFFTAKER");
    }

    @Test
    void theVenturesHeadComesFromItsRow() {
        VentureEntity venture = withIds(new VentureEntity());
        VentureMapper.apply(NORWAY, venture);
        venture.ledgerVersion = 2;
        venture.ledgerEffectiveDate = FOUNDED;
        venture.currentStakes.add(new StakeEmbeddable(AKER, new BigDecimal("40.0000")));
        venture.currentStakes.add(new StakeEmbeddable(NSCALE, new BigDecimal("60.0000")));

        LedgerHead head = LedgerMapper.toHead(venture);

        assertThat(head.version()).isEqualTo(2);
        assertThat(head.latestEffectiveDate()).isEqualTo(FOUNDED);
        assertThat(head.latest().owners()).containsExactly(NSCALE, AKER);
        assertThat(LedgerMapper.toHead(withIds(new VentureEntity())).latestEffectiveDate()).isNull();
    }

    @Test
    void commitmentsAreProRataOfTheCapTableAndSumToTheCapitalExactly() {
        FundingPhaseEntity phase = phase(new Money(new BigDecimal("100"), "USD"));
        CapTable owners = new CapTable(FOUNDED, 1, List.of(stake(NSCALE, "33.3334"), stake(AKER, "33.3333"), stake(OPENAI, "33.3333")));

        FundingPhase api = FundingPhaseMapper.toApi(phase, owners);

        assertThat(api.commitments()).extracting(commitment -> commitment.partner().id())
                .containsExactly(NSCALE.toString(), AKER.toString(), OPENAI.toString());
        assertThat(api.commitments()).extracting(commitment -> commitment.amount().amount())
                .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
        assertThat(api.commitments().stream().map(Commitment::amount).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(api.committedCapital().amount());
        assertThat(api.commitments()).allSatisfy(commitment -> assertThat(commitment.amount().currency()).isEqualTo("USD"));
    }

    @Test
    void capitalPerMegawattIsDerivedAndAbsentWithoutCapacity() {
        FundingPhaseEntity phase = phase(new Money(new BigDecimal("1000000000"), "USD"));

        assertThat(FundingPhaseMapper.toApi(phase, CapTableNone()).capitalPerMw().amount()).isEqualByComparingTo("4347826.09");
        phase.capacityMw = null;
        assertThat(FundingPhaseMapper.toApi(phase, CapTableNone()).capitalPerMw()).isNull();
    }

    @Test
    void aPhaseWithoutCapitalOrOwnersCommitsNothing() {
        FundingPhaseEntity noCapital = phase(null);
        FundingPhaseEntity noOwners = phase(new Money(new BigDecimal("10"), "EUR"));

        assertThat(FundingPhaseMapper.toApi(noCapital, new CapTable(FOUNDED, 1, List.of(stake(NSCALE, "100")))).commitments()).isEmpty();
        assertThat(FundingPhaseMapper.toApi(noOwners, CapTableNone()).commitments()).isEmpty();
        assertThat(FundingPhaseMapper.toApi(noCapital, CapTableNone()).committedCapital()).isNull();
    }

    static Stream<Arguments> badPhases() {
        return Stream.of(
                Arguments.of("a blank name", new FundingPhaseInput(" ", 1, FundingPhaseKind.INITIAL, FundingPhaseStatus.PLANNED, null, null, null, null), "input.name"),
                Arguments.of("ordinal 0", new FundingPhaseInput("P", 0, FundingPhaseKind.INITIAL, FundingPhaseStatus.PLANNED, null, null, null, null), "input.ordinal"),
                Arguments.of("capital of 0", new FundingPhaseInput("P", 1, FundingPhaseKind.INITIAL, FundingPhaseStatus.PLANNED,
                        new Money(BigDecimal.ZERO, "USD"), null, null, null), "input.committedCapital.amount"),
                Arguments.of("an unknown currency", new FundingPhaseInput("P", 1, FundingPhaseKind.INITIAL, FundingPhaseStatus.PLANNED,
                        new Money(BigDecimal.TEN, "DOLLARS"), null, null, null), "input.committedCapital.currency"),
                Arguments.of("negative capacity", new FundingPhaseInput("P", 1, FundingPhaseKind.INITIAL, FundingPhaseStatus.PLANNED,
                        null, new BigDecimal("-1"), null, null), "input.capacityMw"),
                Arguments.of("a source without title", new FundingPhaseInput("P", 1, FundingPhaseKind.INITIAL, FundingPhaseStatus.PLANNED,
                        null, null, null, List.of(new Source(" ", null, null))), "input.sources[0].title"));
    }

    @ParameterizedTest(name = "{0} is refused on {2}")
    @MethodSource("badPhases")
    void badPhaseInputIsRefusedOnItsField(String rule, FundingPhaseInput input, String field) {
        assertThatThrownBy(() -> FundingPhaseMapper.apply(input, new FundingPhaseEntity()))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo(field);
    }

    @Test
    void checkedPhaseInputIsStoredAtFixedScale() {
        FundingPhaseEntity phase = new FundingPhaseEntity();

        FundingPhaseMapper.apply(PHASE_ONE, phase);

        assertThat(phase.capitalAmount).isEqualTo(new BigDecimal("1000000000.00"));
        assertThat(phase.capitalCurrency).isEqualTo("USD");
        assertThat(phase.capacityMw).isEqualTo(new BigDecimal("230.000"));
    }

    @Test
    void ledgerEntriesSurviveTheRoundTripThroughTheTable() {
        OwnershipSet set = new OwnershipSet(1, FOUNDED, "admin", null, "founding", AT, List.of(stake(NSCALE, "50.0000"), stake(AKER, "50.0000")));
        StakeTransfer transfer = new StakeTransfer(2, FOUNDED.plusDays(1), "admin", null, "sale", AT, AKER, OPENAI, new BigDecimal("10.0000"));
        UUID venture = UUID.randomUUID();

        LedgerEntryEntity setRow = LedgerMapper.toEntity(venture, set);
        LedgerEntryEntity transferRow = LedgerMapper.toEntity(venture, transfer);

        assertThat(setRow.ventureId).isEqualTo(venture);
        assertThat(setRow.type).isEqualTo(LedgerChangeType.SET);
        assertThat(LedgerMapper.toDomain(setRow)).isEqualTo(set);
        assertThat(LedgerMapper.toDomain(transferRow)).isEqualTo(transfer);
        assertThat(LedgerMapper.toLedger(List.of(transferRow, setRow)).latest().owners()).containsExactly(NSCALE, AKER, OPENAI);
    }

    @Test
    void aTransferReadsWithItsPartiesAndASetWithItsStakes() {
        var set = LedgerMapper.toApi(new OwnershipSet(1, FOUNDED, "admin", null, "founding", AT, List.of(stake(NSCALE, "100.0000"))));
        var transfer = LedgerMapper.toApi(new StakeTransfer(2, FOUNDED, "admin", null, "sale", AT, NSCALE, AKER, new BigDecimal("1.0000")));

        assertThat(set.stakes()).singleElement().satisfies(stake -> assertThat(stake.partner().id()).isEqualTo(NSCALE.toString()));
        assertThat(set.from()).isNull();
        assertThat(transfer.stakes()).isNull();
        assertThat(transfer.from().id()).isEqualTo(NSCALE.toString());
        assertThat(transfer.to().id()).isEqualTo(AKER.toString());
        assertThat(transfer.percentage()).isEqualTo(new BigDecimal("1.0000"));
    }

    @Test
    void aCapTableReadsWithItsParity() {
        var api = LedgerMapper.toApi(new CapTable(FOUNDED, 1, List.of(stake(NSCALE, "50.0000"), stake(AKER, "50.0000"))));

        assertThat(api.parity()).isTrue();
        assertThat(api.ledgerVersion()).isEqualTo(1);
        assertThat(api.stakes()).hasSize(2);
    }

    private static CapTable CapTableNone() {
        return new CapTable(FOUNDED, 0, List.of());
    }

    private static FundingPhaseEntity phase(Money capital) {
        FundingPhaseEntity phase = new FundingPhaseEntity();
        FundingPhaseMapper.apply(new FundingPhaseInput("Phase 1", 1, FundingPhaseKind.INITIAL, FundingPhaseStatus.COMMITTED,
                capital, new BigDecimal("230"), FOUNDED, null), phase);
        phase.id = UUID.randomUUID();
        return phase;
    }

    private static VentureInput withName(String name) {
        return new VentureInput(name, NORWAY.legalName(), NORWAY.jurisdiction(), NORWAY.site(), NORWAY.program(), NORWAY.status(),
                NORWAY.announcedDate(), NORWAY.energy(), NORWAY.cooling(), NORWAY.description(), NORWAY.sources());
    }

    private static VentureEntity withIds(VentureEntity venture) {
        venture.id = UUID.randomUUID();
        return venture;
    }

    private static Stake stake(UUID partner, String percentage) {
        return new Stake(partner, new BigDecimal(percentage));
    }
}
