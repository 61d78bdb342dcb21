package io.jvplatform.ventures.governance;

import io.jvplatform.ventures.api.model.Money;
import io.jvplatform.ventures.domain.CapTable;
import io.jvplatform.ventures.domain.Stake;
import io.jvplatform.ventures.governance.model.BoardSeatInput;
import io.jvplatform.ventures.governance.model.ChairInput;
import io.jvplatform.ventures.governance.model.DeadlockMechanismInput;
import io.jvplatform.ventures.governance.model.Governance;
import io.jvplatform.ventures.governance.model.ReservedMatterInput;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.jvplatform.ventures.persistence.VentureRepository;
import io.jvplatform.ventures.service.OwnershipService;
import io.jvplatform.ventures.support.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A venture's governance as read on a date (board, chair, parities, deadlock risk), and every write's
 * refusals, which come before anything is written: the service runs here on a repository of a few
 * rows in memory, and a refused write never reaches the audit trail it is not given.
 */
class GovernanceServiceTests {

    private static final UUID VENTURE = UUID.fromString("10000000-0000-0000-0000-000000000001");
    private static final UUID OTHER_VENTURE = UUID.fromString("10000000-0000-0000-0000-000000000002");
    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final LocalDate START = LocalDate.of(2025, 7, 31);
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    private static final CapTable HALVES = new CapTable(AS_OF, 1, List.of(stake(NSCALE, "50"), stake(AKER, "50")));
    private static final CapTable SIXTY_FORTY = new CapTable(AS_OF, 1, List.of(stake(NSCALE, "60"), stake(AKER, "40")));

    private final Rows rows = new Rows();
    private final GovernanceService service = new GovernanceService(rows, new Ventures(), null, null, null);

    @Test
    void theBoardOnADateHasOnlyTheSeatsInForceThenInTheirOrder() {
        BoardSeatEntity first = seat(VENTURE, NSCALE, START, null);
        BoardSeatEntity ended = seat(VENTURE, AKER, START, AS_OF.minusDays(1));
        BoardSeatEntity later = seat(VENTURE, AKER, AS_OF, null);
        BoardSeatEntity future = seat(VENTURE, NSCALE, AS_OF.plusDays(1), null);

        Governance governance = governance(List.of(first, ended, later, future), GovernanceEntity.unset(VENTURE), SIXTY_FORTY);

        assertThat(governance.asOf()).isEqualTo(AS_OF);
        assertThat(governance.seats()).extracting(seat -> seat.id()).containsExactly(first.id.toString(), later.id.toString());
        assertThat(governance.seatsByPartner()).extracting(count -> count.partner().id() + " " + count.seats())
                .containsExactly(NSCALE + " 1", AKER + " 1");
        assertThat(governance.seatParity()).isTrue();
    }

    @Test
    void aVentureWhoseSettingsWereNeverSetHasNoChairNoMechanismAndVersionZero() {
        Governance governance = governance(List.of(seat(VENTURE, NSCALE, START, null)), GovernanceEntity.unset(VENTURE), SIXTY_FORTY);

        assertThat(governance.chair()).isNull();
        assertThat(governance.castingVote()).isFalse();
        assertThat(governance.deadlockMechanism()).isEqualTo(DeadlockMechanism.NONE);
        assertThat(governance.mechanismNote()).isNull();
        assertThat(governance.version()).isZero();
        assertThat(governance.reservedMatters()).isEmpty();
    }

    @Test
    void aChairInForceWithACastingVoteTurnsAHighRiskIntoMedium() {
        BoardSeatEntity chair = seat(VENTURE, NSCALE, START, null);
        List<BoardSeatEntity> seats = List.of(chair, seat(VENTURE, AKER, START, null));

        Governance without = governance(seats, settings(null, false), HALVES);
        Governance with = governance(seats, settings(chair.id, true), HALVES);

        assertThat(without.deadlockRisk()).isEqualTo(DeadlockRisk.HIGH);
        assertThat(with.chair().id()).isEqualTo(chair.id.toString());
        assertThat(with.castingVote()).isTrue();
        assertThat(with.stakeParity()).isTrue();
        assertThat(with.seatParity()).isTrue();
        assertThat(with.deadlockRisk()).isEqualTo(DeadlockRisk.MEDIUM);
    }

    @Test
    void aChairWithoutACastingVoteBreaksNoTie() {
        BoardSeatEntity chair = seat(VENTURE, NSCALE, START, null);

        Governance governance = governance(List.of(chair, seat(VENTURE, AKER, START, null)), settings(chair.id, false), HALVES);

        assertThat(governance.chair()).isNotNull();
        assertThat(governance.castingVote()).isFalse();
        assertThat(governance.deadlockRisk()).isEqualTo(DeadlockRisk.HIGH);
    }

    @Test
    void aChairWhoseSeatIsNotInForceOnTheDateIsNoChairAndCastsNoVote() {
        BoardSeatEntity chair = seat(VENTURE, NSCALE, START, AS_OF.minusDays(1));
        List<BoardSeatEntity> seats = List.of(chair, seat(VENTURE, NSCALE, START, null), seat(VENTURE, AKER, START, null));

        Governance governance = governance(seats, settings(chair.id, true), HALVES);

        assertThat(governance.chair()).isNull();
        assertThat(governance.castingVote()).isFalse();
        assertThat(governance.deadlockRisk()).isEqualTo(DeadlockRisk.HIGH);
    }

    @Test
    void unequalStakesAndSeatsAreALowRiskWhateverTheMechanism() {
        List<BoardSeatEntity> seats = List.of(seat(VENTURE, NSCALE, START, null), seat(VENTURE, NSCALE, START, null),
                seat(VENTURE, AKER, START, null));
        GovernanceEntity settings = settings(null, false);
        settings.mechanism = DeadlockMechanism.BUY_SELL;
        settings.mechanismNote = "Texas shoot-out after 60 days";

        Governance governance = governance(seats, settings, SIXTY_FORTY);

        assertThat(governance.seatsByPartner()).extracting(count -> count.seats()).containsExactly(2, 1);
        assertThat(governance.deadlockRisk()).isEqualTo(DeadlockRisk.LOW);
        assertThat(governance.deadlockMechanism()).isEqualTo(DeadlockMechanism.BUY_SELL);
        assertThat(governance.mechanismNote()).isEqualTo("Texas shoot-out after 60 days");
    }

    @Test
    void stakeParityAloneIsAMediumRisk() {
        Governance governance = governance(List.of(seat(VENTURE, NSCALE, START, null)), GovernanceEntity.unset(VENTURE), HALVES);

        assertThat(governance.seatParity()).isFalse();
        assertThat(governance.deadlockRisk()).isEqualTo(DeadlockRisk.MEDIUM);
    }

    @Test
    void reservedMattersReadWithTheirRuleThresholdAndAmount() {
        ReservedMatterEntity capitalCall = matter("Capital call", ApprovalRule.STAKES, new BigDecimal("75.0000"));
        capitalCall.aboveAmount = new BigDecimal("100000000.00");
        capitalCall.aboveCurrency = "USD";
        ReservedMatterEntity dissolution = matter("Dissolution", ApprovalRule.UNANIMOUS, null);

        Governance governance = GovernanceService.governance(AS_OF, List.of(), GovernanceEntity.unset(VENTURE),
                List.of(capitalCall, dissolution), SIXTY_FORTY);

        assertThat(governance.reservedMatters()).extracting(matter -> matter.title()).containsExactly("Capital call", "Dissolution");
        assertThat(governance.reservedMatters().get(0).above()).isEqualTo(new Money(new BigDecimal("100000000.00"), "USD"));
        assertThat(governance.reservedMatters().get(0).thresholdPercent()).isEqualTo(new BigDecimal("75.0000"));
        assertThat(governance.reservedMatters().get(1).above()).isNull();
        assertThat(governance.reservedMatters().get(1).thresholdPercent()).isNull();
    }

    static Stream<Arguments> badMatters() {
        return Stream.of(
                Arguments.of("a blank title", matterInput(" ", ApprovalRule.UNANIMOUS, null, null, null), "input.title"),
                Arguments.of("a title of 201 characters", matterInput("t".repeat(201), ApprovalRule.UNANIMOUS, null, null, null), "input.title"),
                Arguments.of("a threshold on a UNANIMOUS matter", matterInput("Budget", ApprovalRule.UNANIMOUS, "50", null, null),
                        "input.thresholdPercent"),
                Arguments.of("SEATS without a threshold", matterInput("Budget", ApprovalRule.SEATS, null, null, null), "input.thresholdPercent"),
                Arguments.of("STAKES at 0 %", matterInput("Budget", ApprovalRule.STAKES, "0", null, null), "input.thresholdPercent"),
                Arguments.of("STAKES over 100 %", matterInput("Budget", ApprovalRule.STAKES, "100.0001", null, null), "input.thresholdPercent"),
                Arguments.of("a threshold with five places", matterInput("Budget", ApprovalRule.SEATS, "66.66667", null, null),
                        "input.thresholdPercent"),
                Arguments.of("an amount of zero", matterInput("Budget", ApprovalRule.UNANIMOUS, null, new Money(BigDecimal.ZERO, "USD"), null),
                        "input.above.amount"),
                Arguments.of("an unknown currency", matterInput("Budget", ApprovalRule.UNANIMOUS, null, new Money(BigDecimal.TEN, "ABC"), null),
                        "input.above.currency"),
                Arguments.of("a description of 2001 characters", matterInput("Budget", ApprovalRule.UNANIMOUS, null, null, "d".repeat(2001)),
                        "input.description"));
    }

    @ParameterizedTest(name = "{0} is refused on {2}")
    @MethodSource("badMatters")
    void aBadReservedMatterIsRefusedOnItsField(String rule, ReservedMatterInput input, String field) {
        assertThat(Refusal.of(() -> service.addMatter(VENTURE.toString(), input))).isEqualTo(Refusal.validation(field));
        assertThat(rows.persisted).isEmpty();
    }

    @Test
    void aReservedMatterTitleIsOncePerVenture() {
        rows.takenTitles.put(VENTURE, "capital call");

        assertThat(Refusal.of(() -> service.addMatter(VENTURE.toString(), matterInput(" Capital Call ", ApprovalRule.UNANIMOUS,
                null, null, null)))).isEqualTo(Refusal.conflict("input.title"));
        assertThat(rows.persisted).isEmpty();
    }

    static Stream<Arguments> badSeats() {
        String nscale = NSCALE.toString();
        return Stream.of(
                Arguments.of("a partner id that is not a UUID", new BoardSeatInput("nscale", null, START, null), "input.partnerId"),
                Arguments.of("a holder name of 201 characters", new BoardSeatInput(nscale, "h".repeat(201), START, null), "input.holderName"),
                Arguments.of("a line break in the holder name", new BoardSeatInput(nscale, "Ada\nLovelace", START, null), "input.holderName"),
                Arguments.of("no start date", new BoardSeatInput(nscale, null, null, null), "input.startDate"),
                Arguments.of("a start before 1900", new BoardSeatInput(nscale, null, LocalDate.of(1899, 12, 31), null), "input.startDate"),
                Arguments.of("an end before the start", new BoardSeatInput(nscale, null, START, START.minusDays(1)), "input.endDate"));
    }

    @ParameterizedTest(name = "{0} is refused on {2}")
    @MethodSource("badSeats")
    void aBadSeatIsRefusedOnItsFieldBeforeThePartnerIsAskedFor(String rule, BoardSeatInput input, String field) {
        assertThat(Refusal.of(() -> service.addSeat(VENTURE.toString(), input))).isEqualTo(Refusal.validation(field));
        assertThat(rows.persisted).isEmpty();
    }

    static Stream<Arguments> badChairs() {
        return Stream.of(
                Arguments.of("a casting vote without a chair", (Write) (service, rows) -> service.setChair(VENTURE.toString(), 0,
                        new ChairInput(null, true)), Refusal.validation("input.castingVote")),
                Arguments.of("a seat id that is not a UUID", (Write) (service, rows) -> service.setChair(VENTURE.toString(), 0,
                        new ChairInput("seat-1", false)), Refusal.validation("input.seatId")),
                Arguments.of("a venture id that is not a UUID", (Write) (service, rows) -> service.setChair("venture", 0,
                        new ChairInput(null, false)), Refusal.validation("ventureId")),
                Arguments.of("an unknown venture", (Write) (service, rows) -> service.setChair(UUID.randomUUID().toString(), 0,
                        new ChairInput(null, false)), Refusal.notFound("ventureId")),
                Arguments.of("a version read before another change", (Write) (service, rows) -> {
                    rows.settings.put(VENTURE, settings(null, false));
                    service.setChair(VENTURE.toString(), 0, new ChairInput(null, false));
                }, Refusal.conflict("expectedVersion")),
                Arguments.of("a seat of another venture", (Write) (service, rows) -> {
                    BoardSeatEntity elsewhere = rows.add(seat(OTHER_VENTURE, NSCALE, START, null));
                    service.setChair(VENTURE.toString(), 0, new ChairInput(elsewhere.id.toString(), true));
                }, Refusal.validation("input.seatId")),
                Arguments.of("a seat that ended yesterday", (Write) (service, rows) -> {
                    BoardSeatEntity ended = rows.add(seat(VENTURE, NSCALE, START, OwnershipService.today().minusDays(1)));
                    service.setChair(VENTURE.toString(), 0, new ChairInput(ended.id.toString(), true));
                }, Refusal.validation("input.seatId")),
                Arguments.of("a mechanism note of 1001 characters", (Write) (service, rows) -> service.setMechanism(VENTURE.toString(), 0,
                        new DeadlockMechanismInput(DeadlockMechanism.ESCALATION, "n".repeat(1001))), Refusal.validation("input.note")),
                Arguments.of("a mechanism on a version read before another change", (Write) (service, rows) -> {
                    rows.settings.put(VENTURE, settings(null, false));
                    service.setMechanism(VENTURE.toString(), 2, new DeadlockMechanismInput(DeadlockMechanism.ESCALATION, null));
                }, Refusal.conflict("expectedVersion")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badChairs")
    void aBadChairOrMechanismIsRefusedAndNothingIsSaved(String rule, Write write, Refusal refusal) {
        assertThat(Refusal.of(() -> write.run(service, rows))).isEqualTo(refusal);
        assertThat(rows.persisted).isEmpty();
        assertThat(rows.settings.values()).allSatisfy(settings -> assertThat(settings.version).isEqualTo(1));
    }

    static Stream<Arguments> badSeatEnds() {
        return Stream.of(
                Arguments.of("an id that is not a UUID", (Write) (service, rows) -> service.endSeat("seat", 1, AS_OF), Refusal.validation("id")),
                Arguments.of("an unknown seat", (Write) (service, rows) -> service.endSeat(UUID.randomUUID().toString(), 1, AS_OF),
                        Refusal.notFound("id")),
                Arguments.of("a version read before another change", (Write) (service, rows) ->
                        service.endSeat(rows.add(seat(VENTURE, NSCALE, START, null)).id.toString(), 2, AS_OF), Refusal.conflict("expectedVersion")),
                Arguments.of("a seat that already ended", (Write) (service, rows) ->
                        service.endSeat(rows.add(seat(VENTURE, NSCALE, START, AS_OF)).id.toString(), 1, AS_OF), Refusal.conflict("endDate")),
                Arguments.of("an end before the start", (Write) (service, rows) ->
                        service.endSeat(rows.add(seat(VENTURE, NSCALE, START, null)).id.toString(), 1, START.minusDays(1)),
                        Refusal.validation("endDate")),
                Arguments.of("no end date", (Write) (service, rows) ->
                        service.endSeat(rows.add(seat(VENTURE, NSCALE, START, null)).id.toString(), 1, null), Refusal.validation("endDate")),
                Arguments.of("removing an unknown matter", (Write) (service, rows) -> service.removeMatter(UUID.randomUUID().toString()),
                        Refusal.notFound("id")),
                Arguments.of("removing a matter by a bad id", (Write) (service, rows) -> service.removeMatter("matter"), Refusal.validation("id")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badSeatEnds")
    void aBadSeatEndOrRemovalIsRefusedAndTheSeatIsUnchanged(String rule, Write write, Refusal refusal) {
        assertThat(Refusal.of(() -> write.run(service, rows))).isEqualTo(refusal);
        assertThat(rows.seats.values()).as("a seat ends with its version moved on").allSatisfy(seat -> assertThat(seat.version).isEqualTo(1));
    }

    /** A write of the service given the rows it runs on. */
    @FunctionalInterface
    interface Write {
        void run(GovernanceService service, Rows rows) throws Throwable;
    }

    /** Seats, settings and titles in memory; persist only records what would have been written. */
    static final class Rows extends GovernanceRepository {

        final Map<UUID, BoardSeatEntity> seats = new HashMap<>();
        final Map<UUID, GovernanceEntity> settings = new HashMap<>();
        final Map<UUID, String> takenTitles = new HashMap<>();
        final List<Object> persisted = new java.util.ArrayList<>();

        Rows() {
            super(null);
        }

        BoardSeatEntity add(BoardSeatEntity seat) {
            seats.put(seat.id, seat);
            return seat;
        }

        @Override
        public Optional<BoardSeatEntity> seat(UUID id) {
            return Optional.ofNullable(seats.get(id));
        }

        @Override
        public Optional<BoardSeatEntity> lockSeat(UUID id) {
            return seat(id);
        }

        @Override
        public Optional<ReservedMatterEntity> matter(UUID id) {
            return Optional.empty();
        }

        @Override
        public GovernanceEntity settingsForUpdate(UUID ventureId) {
            return settings.getOrDefault(ventureId, GovernanceEntity.unset(ventureId));
        }

        @Override
        public boolean titleTaken(UUID ventureId, String title) {
            return title.equalsIgnoreCase(takenTitles.get(ventureId));
        }

        @Override
        public void persist(Object entity) {
            persisted.add(entity);
        }
    }

    /** The two ventures of these tests, owned by Nscale and Aker. */
    static final class Ventures extends VentureRepository {

        @Override
        public Optional<VentureEntity> lockById(UUID id) {
            if (!id.equals(VENTURE) && !id.equals(OTHER_VENTURE)) {
                return Optional.empty();
            }
            VentureEntity venture = new VentureEntity();
            venture.id = id;
            return Optional.of(venture);
        }
    }

    private static Governance governance(List<BoardSeatEntity> seats, GovernanceEntity settings, CapTable table) {
        return GovernanceService.governance(AS_OF, seats, settings, List.of(), table);
    }

    private static GovernanceEntity settings(UUID chairSeatId, boolean castingVote) {
        GovernanceEntity settings = GovernanceEntity.unset(VENTURE);
        settings.chairSeatId = chairSeatId;
        settings.chairCastingVote = castingVote;
        settings.version = 1;
        return settings;
    }

    private static BoardSeatEntity seat(UUID venture, UUID partner, LocalDate start, LocalDate end) {
        BoardSeatEntity seat = new BoardSeatEntity();
        seat.id = UUID.randomUUID();
        seat.ventureId = venture;
        seat.partnerId = partner;
        seat.startDate = start;
        seat.endDate = end;
        seat.version = 1;
        return seat;
    }

    private static ReservedMatterEntity matter(String title, ApprovalRule approval, BigDecimal threshold) {
        ReservedMatterEntity matter = new ReservedMatterEntity();
        matter.id = UUID.randomUUID();
        matter.ventureId = VENTURE;
        matter.title = title;
        matter.approval = approval;
        matter.thresholdPercent = threshold;
        return matter;
    }

    private static ReservedMatterInput matterInput(String title, ApprovalRule approval, String threshold, Money above, String description) {
        return new ReservedMatterInput(title, approval, threshold == null ? null : new BigDecimal(threshold), above, description);
    }

    private static Stake stake(UUID partner, String percentage) {
        return new Stake(partner, new BigDecimal(percentage));
    }
}
