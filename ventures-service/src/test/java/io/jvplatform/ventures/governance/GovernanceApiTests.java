package io.jvplatform.ventures.governance;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.postAs;
import static io.jvplatform.ventures.support.GraphQL.postWithHeader;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static io.jvplatform.ventures.support.Ventures.stake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/** Board seats, chair, deadlock mechanism and reserved matters: the rules, the as-of composition, the risk table, access. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class GovernanceApiTests {

    private static final String FOUNDED = "2025-07-31";

    static final String GOVERNANCE = """
            query Governance($id: ID!, $asOf: Date) {
              venture(id: $id) {
                governance(asOf: $asOf) {
                  asOf version seatParity stakeParity castingVote deadlockRisk deadlockMechanism mechanismNote
                  seats { id partner { id } holderName startDate endDate version }
                  seatsByPartner { partner { id } seats }
                  chair { id }
                  reservedMatters { id title approval thresholdPercent above { amount currency } description }
                }
              }
            }
            """;
    static final String ADD_SEAT = """
            mutation AddSeat($ventureId: ID!, $input: BoardSeatInput!) {
              addBoardSeat(ventureId: $ventureId, input: $input) { id partner { id } holderName startDate endDate version }
            }
            """;
    private static final String END_SEAT = """
            mutation EndSeat($id: ID!, $expectedVersion: Int!, $endDate: Date!) {
              endBoardSeat(id: $id, expectedVersion: $expectedVersion, endDate: $endDate) { id endDate version }
            }
            """;
    private static final String SET_CHAIR = """
            mutation Chair($ventureId: ID!, $expectedVersion: Int!, $input: ChairInput!) {
              setBoardChair(ventureId: $ventureId, expectedVersion: $expectedVersion, input: $input) {
                version castingVote deadlockRisk chair { id }
              }
            }
            """;
    private static final String SET_MECHANISM = """
            mutation Mechanism($ventureId: ID!, $expectedVersion: Int!, $input: DeadlockMechanismInput!) {
              setDeadlockMechanism(ventureId: $ventureId, expectedVersion: $expectedVersion, input: $input) {
                version deadlockMechanism mechanismNote
              }
            }
            """;
    private static final String ADD_MATTER = """
            mutation Matter($ventureId: ID!, $input: ReservedMatterInput!) {
              addReservedMatter(ventureId: $ventureId, input: $input) { id title approval thresholdPercent above { amount currency } }
            }
            """;
    private static final String REMOVE_MATTER = """
            mutation Remove($id: ID!) { removeReservedMatter(id: $id) { id title } }
            """;

    private String first;
    private String second;
    private String outsider;

    private String first() {
        if (first == null) {
            first = Partners.create("Board owner A");
            second = Partners.create("Board owner B");
            outsider = Partners.create("Not in the venture");
        }
        return first;
    }

    /** A venture founded on {@link #FOUNDED} with these stakes of the first and second partner. */
    private String venture(String firstStake, String secondStake) {
        String venture = Ventures.create("Governed venture");
        Ventures.setOwnership(venture, Ventures.setInput(0, FOUNDED,
                List.of(stake(first(), firstStake), stake(second, secondStake))));
        return venture;
    }

    private String seat(String venture, String partner, String start, String end) {
        return json(post(ADD_SEAT, vars("ventureId", venture, "input",
                vars("partnerId", partner, "startDate", start, "endDate", end))).body("errors", nullValue()))
                .getString("data.addBoardSeat.id");
    }

    private static JsonPath governance(String venture, String asOf) {
        return json(post(GOVERNANCE, vars("id", venture, "asOf", asOf)).body("errors", nullValue()));
    }

    private static String g(String field) {
        return "data.venture.governance." + field;
    }

    @Test
    void fiftyFiftyWithEqualSeatsAndNoCastingVoteIsAHighDeadlockRisk() {
        String venture = venture("50", "50");
        seat(venture, first(), FOUNDED, null);
        seat(venture, second, FOUNDED, null);

        JsonPath read = governance(venture, null);

        assertThat(read.getBoolean(g("stakeParity"))).isTrue();
        assertThat(read.getBoolean(g("seatParity"))).isTrue();
        assertThat(read.getBoolean(g("castingVote"))).isFalse();
        assertThat(read.getString(g("deadlockRisk"))).isEqualTo("HIGH");
        assertThat(read.getString(g("deadlockMechanism"))).isEqualTo("NONE");
        assertThat(read.getInt(g("version"))).isZero();
        assertThat(read.getList(g("seatsByPartner.seats"))).containsExactly(1, 1);
    }

    @Test
    void aChairWithACastingVoteLowersTheRiskAndAStaleVersionIsAConflictAndNothingIsWritten() {
        String venture = venture("50", "50");
        String chairSeat = seat(venture, first(), FOUNDED, null);
        seat(venture, second, FOUNDED, null);

        JsonPath chaired = json(post(SET_CHAIR, vars("ventureId", venture, "expectedVersion", 0,
                "input", vars("seatId", chairSeat, "castingVote", true))).body("errors", nullValue()));
        assertThat(chaired.getString("data.setBoardChair.chair.id")).isEqualTo(chairSeat);
        assertThat(chaired.getBoolean("data.setBoardChair.castingVote")).isTrue();
        assertThat(chaired.getString("data.setBoardChair.deadlockRisk")).isEqualTo("MEDIUM");
        assertThat(chaired.getInt("data.setBoardChair.version")).isEqualTo(1);

        assertError(post(SET_CHAIR, vars("ventureId", venture, "expectedVersion", 0,
                "input", vars("seatId", null, "castingVote", false))), "CONFLICT", "expectedVersion");
        assertError(post(SET_MECHANISM, vars("ventureId", venture, "expectedVersion", 0,
                "input", vars("mechanism", "BUY_SELL"))), "CONFLICT", "expectedVersion");

        JsonPath read = governance(venture, null);
        assertThat(read.getString(g("chair.id"))).isEqualTo(chairSeat);
        assertThat(read.getString(g("deadlockMechanism"))).isEqualTo("NONE");
        assertThat(read.getInt(g("version"))).isEqualTo(1);

        JsonPath mechanism = json(post(SET_MECHANISM, vars("ventureId", venture, "expectedVersion", 1,
                "input", vars("mechanism", "BUY_SELL", "note", "Texas shoot-out after 60 days"))).body("errors", nullValue()));
        assertThat(mechanism.getString("data.setDeadlockMechanism.deadlockMechanism")).isEqualTo("BUY_SELL");
        assertThat(mechanism.getInt("data.setDeadlockMechanism.version")).isEqualTo(2);
    }

    @Test
    void theBoardAsOfADateHasTheSeatsInForceThenAndTheChairOnlyWhileItsSeatIs() {
        String venture = venture("60", "40");
        String early = seat(venture, first(), FOUNDED, null);
        String chairSeat = seat(venture, second, FOUNDED, null);
        seat(venture, second, "2025-09-01", null);
        post(SET_CHAIR, vars("ventureId", venture, "expectedVersion", 0,
                "input", vars("seatId", chairSeat, "castingVote", true))).body("errors", nullValue());

        JsonPath ended = json(post(END_SEAT, vars("id", chairSeat, "expectedVersion", 1, "endDate", "2025-12-31"))
                .body("errors", nullValue()));
        assertThat(ended.getInt("data.endBoardSeat.version")).isEqualTo(2);

        JsonPath atFounding = governance(venture, FOUNDED);
        // Both started on FOUNDED: seats of one start date are ordered by their (random) ids.
        assertThat(atFounding.getList(g("seats.id"))).containsExactlyInAnyOrder(early, chairSeat);
        assertThat(atFounding.getBoolean(g("seatParity"))).isTrue();
        assertThat(atFounding.getString(g("chair.id"))).isEqualTo(chairSeat);
        assertThat(atFounding.getString(g("deadlockRisk"))).isEqualTo("LOW");

        JsonPath lastDay = governance(venture, "2025-12-31");
        assertThat(lastDay.getList(g("seats"))).hasSize(3);
        assertThat(lastDay.getBoolean(g("seatParity"))).isFalse();

        JsonPath after = governance(venture, "2026-01-01");
        assertThat(after.getList(g("seats"))).hasSize(2);
        assertThat(after.getBoolean(g("seatParity"))).isTrue();
        assertThat(after.getString(g("chair"))).isNull();
        assertThat(after.getBoolean(g("castingVote"))).isFalse();
        assertThat(after.getString(g("deadlockRisk"))).isEqualTo("MEDIUM");

        assertThat(governance(venture, "2025-07-30").getList(g("seats"))).isEmpty();

        assertError(post(END_SEAT, vars("id", chairSeat, "expectedVersion", 1, "endDate", "2026-01-31")),
                "CONFLICT", "expectedVersion");
        assertError(post(END_SEAT, vars("id", chairSeat, "expectedVersion", 2, "endDate", "2026-01-31")),
                "CONFLICT", "endDate");
    }

    /** Stakes of two owners, seats each appoints, a chair with a casting vote: the risk through the API. */
    @ParameterizedTest(name = "stakes {0}/{1}, seats {2}/{3}, casting vote {4}: {5}")
    @CsvSource({
            "50, 50, 1, 1, false, HIGH",
            "50, 50, 2, 2, true,  MEDIUM",
            "60, 40, 1, 1, false, MEDIUM",
            "50, 50, 2, 1, false, MEDIUM",
            "60, 40, 2, 1, false, LOW",
            "60, 40, 1, 1, true,  LOW",
            "50, 50, 0, 0, false, MEDIUM",
    })
    void theDeadlockRiskFollowsStakeParitySeatParityAndTheCastingVote(String firstStake, String secondStake, int firstSeats,
                                                                       int secondSeats, boolean castingVote, String risk) {
        String venture = venture(firstStake, secondStake);
        String someSeat = null;
        for (int i = 0; i < firstSeats; i++) {
            someSeat = seat(venture, first(), FOUNDED, null);
        }
        for (int i = 0; i < secondSeats; i++) {
            seat(venture, second, FOUNDED, null);
        }
        if (castingVote) {
            post(SET_CHAIR, vars("ventureId", venture, "expectedVersion", 0,
                    "input", vars("seatId", someSeat, "castingVote", true))).body("errors", nullValue());
        }

        assertThat(governance(venture, null).getString(g("deadlockRisk"))).isEqualTo(risk);
    }

    @Test
    void reservedMattersAreListedByTitleAndCanBeRemoved() {
        String venture = venture("50", "50");
        post(ADD_MATTER, vars("ventureId", venture, "input", vars("title", "Budget approval", "approval", "UNANIMOUS")))
                .body("errors", nullValue());
        JsonPath call = json(post(ADD_MATTER, vars("ventureId", venture, "input", vars("title", "Capital call above USD 50 m",
                "approval", "STAKES", "thresholdPercent", new BigDecimal("75"),
                "above", vars("amount", new BigDecimal("50000000"), "currency", "USD")))).body("errors", nullValue()));
        assertThat(call.getObject("data.addReservedMatter.thresholdPercent", BigDecimal.class)).isEqualByComparingTo("75");
        assertThat(new BigDecimal(String.valueOf(call.getString("data.addReservedMatter.above.amount"))))
                .isEqualByComparingTo("50000000");

        JsonPath read = governance(venture, null);
        assertThat(read.getList(g("reservedMatters.title"))).containsExactly("Budget approval", "Capital call above USD 50 m");
        assertThat(read.getString(g("reservedMatters[0].thresholdPercent"))).isNull();

        post(REMOVE_MATTER, vars("id", call.getString("data.addReservedMatter.id")))
                .body("errors", nullValue());
        assertThat(governance(venture, null).getList(g("reservedMatters.title"))).containsExactly("Budget approval");
        assertError(post(REMOVE_MATTER, vars("id", call.getString("data.addReservedMatter.id"))), "NOT_FOUND", "id");
    }

    /** One bad write per row: its code and field, and the venture's governance as it was. */
    Stream<Arguments> badWrites() {
        Function<Fixture, ValidatableResponse> unknownPartner = f -> post(ADD_SEAT, vars("ventureId", f.venture,
                "input", vars("partnerId", UUID.randomUUID().toString(), "startDate", FOUNDED)));
        return Stream.of(
                Arguments.of("a partner with no stake and no role", "VALIDATION", "input.partnerId",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_SEAT, vars("ventureId", f.venture,
                                "input", vars("partnerId", outsider, "startDate", FOUNDED)))),
                Arguments.of("an unknown partner", "VALIDATION", "input.partnerId", unknownPartner),
                Arguments.of("a partner id that is no id", "VALIDATION", "input.partnerId",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_SEAT, vars("ventureId", f.venture,
                                "input", vars("partnerId", "nscale", "startDate", FOUNDED)))),
                Arguments.of("an end before the start", "VALIDATION", "input.endDate",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_SEAT, vars("ventureId", f.venture,
                                "input", vars("partnerId", first, "startDate", FOUNDED, "endDate", "2025-07-30")))),
                Arguments.of("a start before 1900", "VALIDATION", "input.startDate",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_SEAT, vars("ventureId", f.venture,
                                "input", vars("partnerId", first, "startDate", "0025-07-31")))),
                Arguments.of("a control character in the holder's name", "VALIDATION", "input.holderName",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_SEAT, vars("ventureId", f.venture,
                                "input", vars("partnerId", first, "holderName", "A\u0007B", "startDate", FOUNDED)))),
                Arguments.of("an unknown venture", "NOT_FOUND", "ventureId",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_SEAT, vars("ventureId", UUID.randomUUID().toString(),
                                "input", vars("partnerId", first, "startDate", FOUNDED)))),
                Arguments.of("a casting vote without a chair", "VALIDATION", "input.castingVote",
                        (Function<Fixture, ValidatableResponse>) f -> post(SET_CHAIR, vars("ventureId", f.venture,
                                "expectedVersion", 0, "input", vars("seatId", null, "castingVote", true)))),
                Arguments.of("a chair's seat of another venture", "VALIDATION", "input.seatId",
                        (Function<Fixture, ValidatableResponse>) f -> post(SET_CHAIR, vars("ventureId", f.venture,
                                "expectedVersion", 0, "input", vars("seatId", f.otherSeat, "castingVote", false)))),
                Arguments.of("a mechanism note with NUL", "VALIDATION", "input.note",
                        (Function<Fixture, ValidatableResponse>) f -> post(SET_MECHANISM, vars("ventureId", f.venture,
                                "expectedVersion", 0, "input", vars("mechanism", "ESCALATION", "note", "a\u0000b")))),
                Arguments.of("an unknown mechanism", "VALIDATION", "input.mechanism",
                        (Function<Fixture, ValidatableResponse>) f -> post(SET_MECHANISM, vars("ventureId", f.venture,
                                "expectedVersion", 0, "input", vars("mechanism", "COIN_TOSS")))),
                Arguments.of("a threshold on a unanimous matter", "VALIDATION", "input.thresholdPercent",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_MATTER, vars("ventureId", f.venture,
                                "input", vars("title", "Budget", "approval", "UNANIMOUS", "thresholdPercent", new BigDecimal("50"))))),
                Arguments.of("a seats matter without a threshold", "VALIDATION", "input.thresholdPercent",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_MATTER, vars("ventureId", f.venture,
                                "input", vars("title", "Budget", "approval", "SEATS")))),
                Arguments.of("a threshold above 100", "VALIDATION", "input.thresholdPercent",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_MATTER, vars("ventureId", f.venture,
                                "input", vars("title", "Budget", "approval", "STAKES", "thresholdPercent", new BigDecimal("120"))))),
                Arguments.of("an amount in no currency", "VALIDATION", "input.above.currency",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_MATTER, vars("ventureId", f.venture,
                                "input", vars("title", "Capital call", "approval", "UNANIMOUS",
                                        "above", vars("amount", new BigDecimal("100"), "currency", "XYZ"))))),
                Arguments.of("a blank title", "VALIDATION", "input.title",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_MATTER, vars("ventureId", f.venture,
                                "input", vars("title", "  ", "approval", "UNANIMOUS")))),
                Arguments.of("a title the venture has already", "CONFLICT", "input.title",
                        (Function<Fixture, ValidatableResponse>) f -> post(ADD_MATTER, vars("ventureId", f.venture,
                                "input", vars("title", "EXISTING MATTER", "approval", "UNANIMOUS")))));
    }

    /** A venture with one seat and one matter, and a seat of another venture. */
    record Fixture(String venture, String otherSeat) {
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @MethodSource("badWrites")
    void aBadGovernanceWriteIsRefusedWithItsCodeAndFieldAndNothingIsWritten(String label, String code, String field,
                                                                            Function<Fixture, ValidatableResponse> write) {
        String venture = venture("50", "50");
        seat(venture, first, FOUNDED, null);
        post(ADD_MATTER, vars("ventureId", venture, "input", vars("title", "Existing matter", "approval", "UNANIMOUS")))
                .body("errors", nullValue());
        String other = venture("50", "50");
        Fixture fixture = new Fixture(venture, seat(other, first, FOUNDED, null));
        Object before = governance(venture, null).get("data");

        assertError(write.apply(fixture), code, field);

        assertThat(governance(venture, null).<Object>get("data")).isEqualTo(before);
    }

    @Test
    void readersReadGovernanceButOnlyAdminsGovernIt() {
        String venture = venture("50", "50");
        String seat = seat(venture, first(), FOUNDED, null);
        for (String user : List.of(KeycloakRealm.VIEWER, KeycloakRealm.EDITOR)) {
            postAs(user, GOVERNANCE, vars("id", venture)).body("errors", nullValue());
            assertError(postAs(user, ADD_SEAT, vars("ventureId", venture, "input", vars("partnerId", first, "startDate", FOUNDED))),
                    "FORBIDDEN", null);
            assertError(postAs(user, END_SEAT, vars("id", seat, "expectedVersion", 1, "endDate", FOUNDED)), "FORBIDDEN", null);
            assertError(postAs(user, SET_CHAIR, vars("ventureId", venture, "expectedVersion", 0,
                    "input", vars("seatId", seat, "castingVote", true))), "FORBIDDEN", null);
            assertError(postAs(user, SET_MECHANISM, vars("ventureId", venture, "expectedVersion", 0,
                    "input", vars("mechanism", "ESCALATION"))), "FORBIDDEN", null);
            assertError(postAs(user, ADD_MATTER, vars("ventureId", venture, "input",
                    vars("title", "Budget", "approval", "UNANIMOUS"))), "FORBIDDEN", null);
        }
        JsonPath read = governance(venture, null);
        assertThat(read.getList(g("seats"))).hasSize(1);
        assertThat(read.getList(g("reservedMatters"))).isEmpty();
        assertThat(read.getInt(g("version"))).isZero();

        // a partner user whose partner is not in the venture does not see it, nor its governance
        String stranger = "Bearer " + TestIssuer.token(KeycloakRealm.PARTNER, List.of(KeycloakRealm.PARTNER), outsider);
        JsonPath scoped = json(postWithHeader(stranger, GOVERNANCE, vars("id", venture)).statusCode(200));
        assertThat(scoped.getString("data.venture")).isNull();
        assertThat(scoped.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        String owner = "Bearer " + TestIssuer.token(KeycloakRealm.PARTNER, List.of(KeycloakRealm.PARTNER), first);
        assertThat(json(postWithHeader(owner, GOVERNANCE, vars("id", venture)).statusCode(200))
                .getList("data.venture.governance.seats")).hasSize(1);
    }

    static void assertError(ValidatableResponse response, String code, String field) {
        JsonPath json = json(response);
        assertThat(json.getString("errors[0].extensions.code")).as(json.prettify()).isEqualTo(code);
        if (field != null) {
            assertThat(json.getString("errors[0].extensions.field")).as(json.prettify()).isEqualTo(field);
        }
    }
}
