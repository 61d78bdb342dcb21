package io.jvplatform.ventures.audit;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.Proposals;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.postAs;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static io.jvplatform.ventures.support.Ventures.stake;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every mutation of ventures-service leaves one entry in {@code Venture.auditTrail} (or, for a
 * capacity agreement, which belongs to no venture, in {@code CapacityAgreement.auditTrail}): the
 * admin's name, the changed fields before and after, the object, and the request's trace id (sent
 * here as a W3C traceparent, as the gateway does when it traces). Refused writes and idempotent
 * retries leave none; the table refuses to be changed.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class AuditTrailTests {

    private static final String TRAIL = """
            query Trail($id: ID!, $offset: Int, $limit: Int) {
              venture(id: $id) {
                id name
                auditTrail(offset: $offset, limit: $limit) { at actor action objectType objectId traceId changes { field before after } }
              }
            }
            """;
    private static final String UPDATE = """
            mutation Update($id: ID!, $expectedVersion: Int!, $input: VentureInput!) {
              updateVenture(id: $id, expectedVersion: $expectedVersion, input: $input) { id version }
            }
            """;
    private static final String ADD_PARTICIPANT = """
            mutation Add($ventureId: ID!, $partnerId: ID!, $role: ParticipantRole!) {
              addParticipant(ventureId: $ventureId, partnerId: $partnerId, role: $role) { id }
            }
            """;
    private static final String REMOVE_PARTICIPANT = """
            mutation Remove($ventureId: ID!, $partnerId: ID!, $role: ParticipantRole!) {
              removeParticipant(ventureId: $ventureId, partnerId: $partnerId, role: $role) { id }
            }
            """;
    private static final String UPDATE_PHASE = """
            mutation UpdatePhase($id: ID!, $expectedVersion: Int!, $input: FundingPhaseInput!) {
              updateFundingPhase(id: $id, expectedVersion: $expectedVersion, input: $input) { id version }
            }
            """;
    private static final String AGREEMENT_TRAIL = """
            query AgreementTrail($id: ID!, $offset: Int, $limit: Int) {
              agreement(id: $id) {
                id name
                auditTrail(offset: $offset, limit: $limit) { at actor action objectType objectId traceId changes { field before after } }
              }
            }
            """;
    private static final String ADD_SEAT = """
            mutation AddSeat($ventureId: ID!, $input: BoardSeatInput!) { addBoardSeat(ventureId: $ventureId, input: $input) { id } }
            """;
    private static final String END_SEAT = """
            mutation EndSeat($id: ID!, $expectedVersion: Int!, $endDate: Date!) {
              endBoardSeat(id: $id, expectedVersion: $expectedVersion, endDate: $endDate) { id }
            }
            """;
    private static final String SET_CHAIR = """
            mutation Chair($ventureId: ID!, $expectedVersion: Int!, $input: ChairInput!) {
              setBoardChair(ventureId: $ventureId, expectedVersion: $expectedVersion, input: $input) { version }
            }
            """;
    private static final String SET_MECHANISM = """
            mutation Mechanism($ventureId: ID!, $expectedVersion: Int!, $input: DeadlockMechanismInput!) {
              setDeadlockMechanism(ventureId: $ventureId, expectedVersion: $expectedVersion, input: $input) { version }
            }
            """;
    private static final String ADD_MATTER = """
            mutation Matter($ventureId: ID!, $input: ReservedMatterInput!) { addReservedMatter(ventureId: $ventureId, input: $input) { id } }
            """;
    private static final String REMOVE_MATTER = """
            mutation Remove($id: ID!) { removeReservedMatter(id: $id) { id } }
            """;
    private static final String CREATE_AGREEMENT = """
            mutation CreateAgreement($input: AgreementInput!) { createAgreement(input: $input) { id } }
            """;
    private static final String UPDATE_AGREEMENT = """
            mutation UpdateAgreement($id: ID!, $expectedVersion: Int!, $input: AgreementInput!) {
              updateAgreement(id: $id, expectedVersion: $expectedVersion, input: $input) { id }
            }
            """;

    @Inject
    DataSource dataSource;

    private String first;
    private String second;

    private String first() {
        if (first == null) {
            first = Partners.create("Audited first");
            second = Partners.create("Audited second");
        }
        return first;
    }

    /**
     * What a mutation did to the trail: who, its action, object type, one changed field with its before
     * and after (null: none), and how many entries its request wrote (an approval: the ledger's and the
     * proposal's).
     */
    record Expected(String actor, String action, String objectType, String field, String before, String after, int entries) {
        Expected(String action, String objectType, String field, String before, String after) {
            this(KeycloakRealm.ADMIN, action, objectType, field, before, after, 1);
        }
    }

    /**
     * A mutation, run on a venture (or agreement) of its own prepared without a trace, returning the id
     * of the object it changed; its entry is read from the venture's trail, an agreement's from its own.
     */
    record Row(String name, Function<AuditTrailTests, String> prepare, Mutation mutation, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Mutation {
        /** Runs the mutation under {@code trace} on {@code prepared}; returns the changed object's id. */
        String run(AuditTrailTests test, String prepared, String trace);
    }

    Stream<Row> mutations() {
        return Stream.of(
                new Row("createVenture", t -> null,
                        (t, venture, trace) -> t.write(trace, Ventures.CREATE, vars("input", Ventures.input("Audited new", "audit")))
                                .getString("data.createVenture.id"),
                        new Expected("createVenture", "Venture", "name", null, "\"Audited new\"")),
                new Row("updateVenture", t -> Ventures.create(Ventures.input("Before", "audit")),
                        (t, venture, trace) -> t.write(trace, UPDATE, vars("id", venture, "expectedVersion", 1,
                                "input", Ventures.input("After", "audit"))).getString("data.updateVenture.id"),
                        new Expected("updateVenture", "Venture", "name", "\"Before\"", "\"After\"")),
                new Row("addParticipant", t -> Ventures.create("Audited roles"),
                        (t, venture, trace) -> t.write(trace, ADD_PARTICIPANT, vars("ventureId", venture, "partnerId", t.first(),
                                "role", "BUILDER")).getString("data.addParticipant.id"),
                        new Expected("addParticipant", "Venture", "participants", "[]", "[{\"partner\":{\"id\":\"%1$s\"},\"role\":\"BUILDER\"}]")),
                new Row("removeParticipant", t -> {
                    String venture = Ventures.create("Audited roles");
                    post(ADD_PARTICIPANT, vars("ventureId", venture, "partnerId", t.first(), "role", "OPERATOR")).body("errors", nullValue());
                    return venture;
                },
                        (t, venture, trace) -> t.write(trace, REMOVE_PARTICIPANT, vars("ventureId", venture, "partnerId", t.first(),
                                "role", "OPERATOR")).getString("data.removeParticipant.id"),
                        new Expected("removeParticipant", "Venture", "participants", "[{\"partner\":{\"id\":\"%1$s\"},\"role\":\"OPERATOR\"}]", "[]")),
                new Row("addFundingPhase", t -> Ventures.create("Audited phases"),
                        (t, venture, trace) -> t.write(trace, Ventures.ADD_PHASE, vars("ventureId", venture, "input", phase("Phase 1")))
                                .getString("data.addFundingPhase.id"),
                        new Expected("addFundingPhase", "FundingPhase", "name", null, "\"Phase 1\"")),
                new Row("updateFundingPhase", t -> Ventures.create("Audited phases"),
                        (t, venture, trace) -> {
                            String phase = json(post(Ventures.ADD_PHASE, vars("ventureId", venture, "input", phase("Phase 1")))
                                    .body("errors", nullValue())).getString("data.addFundingPhase.id");
                            return t.write(trace, UPDATE_PHASE, vars("id", phase, "expectedVersion", 1, "input", phase("Phase one")))
                                    .getString("data.updateFundingPhase.id");
                        },
                        new Expected("updateFundingPhase", "FundingPhase", "name", "\"Phase 1\"", "\"Phase one\"")),
                new Row("setOwnership", t -> Ventures.create("Audited ownership"),
                        (t, venture, trace) -> {
                            t.write(trace, Ventures.SET_OWNERSHIP, vars("ventureId", venture, "input",
                                    Ventures.setInput(0, today(), List.of(stake(t.first(), "50"), stake(t.second, "50")))));
                            return venture;
                        },
                        new Expected("setOwnership", "Venture", "stakes.%1$s", null, "\"50.0000\"")),
                new Row("transferStake", t -> {
                    String venture = Ventures.create("Audited ownership");
                    Ventures.setOwnership(venture, Ventures.setInput(0, today(), List.of(stake(t.first(), "50"), stake(t.second, "50"))));
                    return venture;
                },
                        (t, venture, trace) -> {
                            t.write(trace, Ventures.TRANSFER, vars("ventureId", venture, "input",
                                    Ventures.transferInput(1, today(), t.first(), t.second, "10")));
                            return venture;
                        },
                        new Expected("transferStake", "Venture", "stakes.%1$s", "\"50.0000\"", "\"40.0000\"")),
                new Row("proposeSetOwnership", t -> Ventures.create("Audited proposals"),
                        (t, venture, trace) -> t.write(trace, Proposals.PROPOSE_SET, vars("ventureId", venture, "input",
                                Ventures.setInput(0, today(), List.of(stake(t.first(), "60"), stake(t.second, "40")))))
                                .getString("data.proposeSetOwnership.id"),
                        new Expected("proposeSetOwnership", "OwnershipProposal", "type", null, "\"SET\"")),
                new Row("proposeTransferStake", AuditTrailTests::owned,
                        (t, venture, trace) -> t.write(trace, Proposals.PROPOSE_TRANSFER, vars("ventureId", venture, "input",
                                Ventures.transferInput(1, today(), t.first(), t.second, "10"))).getString("data.proposeTransferStake.id"),
                        new Expected("proposeTransferStake", "OwnershipProposal", "from.id", null, "\"%1$s\"")),
                new Row("approveOwnershipProposal", AuditTrailTests::owned,
                        (t, venture, trace) -> t.writeAs(KeycloakRealm.SECOND_ADMIN, trace, Proposals.APPROVE,
                                vars("id", t.proposedTransfer(venture))).getString("data.approveOwnershipProposal.id"),
                        new Expected(KeycloakRealm.SECOND_ADMIN, "approveOwnershipProposal", "OwnershipProposal", "status",
                                "\"OPEN\"", "\"APPROVED\"", 2)),
                new Row("rejectOwnershipProposal", AuditTrailTests::owned,
                        (t, venture, trace) -> t.writeAs(KeycloakRealm.SECOND_ADMIN, trace, Proposals.REJECT,
                                vars("id", t.proposedTransfer(venture), "reason", "Not this quarter"))
                                .getString("data.rejectOwnershipProposal.id"),
                        new Expected(KeycloakRealm.SECOND_ADMIN, "rejectOwnershipProposal", "OwnershipProposal", "decisionReason",
                                null, "\"Not this quarter\"", 1)),
                new Row("withdrawOwnershipProposal", AuditTrailTests::owned,
                        (t, venture, trace) -> t.write(trace, Proposals.WITHDRAW, vars("id", t.proposedTransfer(venture)))
                                .getString("data.withdrawOwnershipProposal.id"),
                        new Expected("withdrawOwnershipProposal", "OwnershipProposal", "status", "\"OPEN\"", "\"WITHDRAWN\"")),
                new Row("setOwnershipApprovalRequired", t -> Ventures.create("Audited four eyes"),
                        (t, venture, trace) -> {
                            t.write(trace, Proposals.REQUIRE_APPROVAL, vars("ventureId", venture, "required", true));
                            return venture;
                        },
                        new Expected("setOwnershipApprovalRequired", "Venture", "ownershipApprovalRequired", "false", "true")),
                new Row("addBoardSeat", AuditTrailTests::owned,
                        (t, venture, trace) -> t.write(trace, ADD_SEAT, vars("ventureId", venture, "input", seat(t.first())))
                                .getString("data.addBoardSeat.id"),
                        new Expected("addBoardSeat", "BoardSeat", "partner.id", null, "\"%1$s\"")),
                new Row("endBoardSeat", AuditTrailTests::owned,
                        (t, venture, trace) -> t.write(trace, END_SEAT, vars("id", t.seated(venture), "expectedVersion", 1,
                                "endDate", "2025-12-31")).getString("data.endBoardSeat.id"),
                        new Expected("endBoardSeat", "BoardSeat", "endDate", null, "\"2025-12-31\"")),
                new Row("setBoardChair", AuditTrailTests::owned,
                        (t, venture, trace) -> {
                            t.write(trace, SET_CHAIR, vars("ventureId", venture, "expectedVersion", 0,
                                    "input", vars("seatId", t.seated(venture), "castingVote", true)));
                            return venture;
                        },
                        new Expected("setBoardChair", "Governance", "castingVote", "false", "true")),
                new Row("setDeadlockMechanism", t -> Ventures.create("Audited deadlock"),
                        (t, venture, trace) -> {
                            t.write(trace, SET_MECHANISM, vars("ventureId", venture, "expectedVersion", 0,
                                    "input", vars("mechanism", "BUY_SELL", "note", "Texas shoot-out")));
                            return venture;
                        },
                        new Expected("setDeadlockMechanism", "Governance", "deadlockMechanism", "\"NONE\"", "\"BUY_SELL\"")),
                new Row("addReservedMatter", t -> Ventures.create("Audited matters"),
                        (t, venture, trace) -> t.write(trace, ADD_MATTER, vars("ventureId", venture, "input", matter("Budget approval")))
                                .getString("data.addReservedMatter.id"),
                        new Expected("addReservedMatter", "ReservedMatter", "title", null, "\"Budget approval\"")),
                new Row("removeReservedMatter", t -> Ventures.create("Audited matters"),
                        (t, venture, trace) -> {
                            String matter = json(post(ADD_MATTER, vars("ventureId", venture, "input", matter("Budget approval")))
                                    .body("errors", nullValue())).getString("data.addReservedMatter.id");
                            return t.write(trace, REMOVE_MATTER, vars("id", matter)).getString("data.removeReservedMatter.id");
                        },
                        new Expected("removeReservedMatter", "ReservedMatter", "title", "\"Budget approval\"", null)),
                new Row("createAgreement", t -> null,
                        (t, prepared, trace) -> t.write(trace, CREATE_AGREEMENT, vars("input", t.agreement("Audited deal")))
                                .getString("data.createAgreement.id"),
                        new Expected("createAgreement", "CapacityAgreement", "name", null, "\"Audited deal\"")),
                new Row("updateAgreement", t -> json(post(CREATE_AGREEMENT, vars("input", t.agreement("Audited deal")))
                        .body("errors", nullValue())).getString("data.createAgreement.id"),
                        (t, agreement, trace) -> t.write(trace, UPDATE_AGREEMENT, vars("id", agreement, "expectedVersion", 1,
                                "input", t.agreement("Audited deal renamed"))).getString("data.updateAgreement.id"),
                        new Expected("updateAgreement", "CapacityAgreement", "name", "\"Audited deal\"", "\"Audited deal renamed\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void everyMutationRecordsTheAdminTheChangedFieldsTheObjectAndTheTraceId(Row row) {
        first();
        String prepared = row.prepare().apply(this);
        String trace = newTraceId();

        String changed = row.mutation().run(this, prepared, trace);

        Expected expected = row.expected();
        List<Map<String, Object>> trail = Audited.CAPACITY_AGREEMENT.equals(expected.objectType())
                ? agreementTrail(changed).getList("data.agreement.auditTrail")
                : trail(prepared == null ? changed : prepared, 0, 20).getList("data.venture.auditTrail");
        Map<String, Object> newest = trail.get(0);
        assertThat(newest).containsEntry("actor", expected.actor()).containsEntry("action", expected.action())
                .containsEntry("objectType", expected.objectType()).containsEntry("objectId", changed)
                .containsEntry("traceId", trace);
        assertThat(trail.stream().filter(entry -> trace.equals(entry.get("traceId"))))
                .as("one entry per mutation (an approval: the ledger's and the proposal's)").hasSize(expected.entries());
        @SuppressWarnings("unchecked")
        List<Map<String, String>> changes = (List<Map<String, String>>) newest.get("changes");
        Map<String, String> change = new HashMap<>();
        change.put("field", expected.field().formatted(first));
        change.put("before", expected.before() == null ? null : expected.before().formatted(first));
        change.put("after", expected.after() == null ? null : expected.after().formatted(first));
        assertThat(changes).contains(change);
        assertThat(changes).as("only changed fields").noneMatch(c -> Objects.equals(c.get("before"), c.get("after")));
        assertThat(OffsetDateTime.parse((String) newest.get("at")))
                .isCloseTo(OffsetDateTime.now(ZoneOffset.UTC), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void aTransferRecordsOnlyTheTwoStakesItMovedAndTheLedgerVersion() {
        String venture = Ventures.create("Audited transfer");
        Ventures.setOwnership(venture, Ventures.setInput(0, today(), List.of(stake(first(), "50"), stake(second, "50"))));
        post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(1, today(), first, second, "10")))
                .body("errors", nullValue());

        List<String> fields = trail(venture, 0, 1).getList("data.venture.auditTrail[0].changes.field");

        assertThat(fields).containsExactlyInAnyOrder("ledgerVersion", "reason", "stakes." + first, "stakes." + second);
    }

    @Test
    void theTrailIsNewestFirstAndPagedByOffsetAndLimit() {
        String venture = Ventures.create(Ventures.input("V0", "audit"));
        for (int version = 1; version <= 3; version++) {
            post(UPDATE, vars("id", venture, "expectedVersion", version, "input", Ventures.input("V" + version, "audit")))
                    .body("errors", nullValue());
        }

        assertThat(trail(venture, 0, 20).getList("data.venture.auditTrail.action"))
                .containsExactly("updateVenture", "updateVenture", "updateVenture", "createVenture");
        assertThat(trail(venture, 1, 2).getList("data.venture.auditTrail.collect { entry -> entry.changes.find { it.field == 'name' }.after }"))
                .containsExactly("\"V2\"", "\"V1\"");
    }

    @Test
    void aRetriedIdempotentCreateIsRecordedOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> input = Ventures.input("Audited retry", "audit");

        String id = idempotent(key, input);
        String again = idempotent(key, input);

        assertThat(again).isEqualTo(id);
        assertThat(trail(id, 0, 20).getList("data.venture.auditTrail.action")).containsExactly("createVenture");
    }

    /** Refused writes, each on a venture of its own; the code the refusal must carry is in brackets. */
    Stream<Arguments> refusedWrites() {
        return Stream.of(
                Arguments.of("stale expectedVersion (CONFLICT)", UPDATE, (Function<String, Map<String, Object>>) venture ->
                        vars("id", venture, "expectedVersion", 7, "input", Ventures.input("Other", "audit"))),
                Arguments.of("control character in the name (VALIDATION)", UPDATE, (Function<String, Map<String, Object>>) venture ->
                        vars("id", venture, "expectedVersion", 1, "input", Ventures.input("Bad\u0007", "audit"))),
                Arguments.of("stakes summing to 90 (VALIDATION)", Ventures.SET_OWNERSHIP, (Function<String, Map<String, Object>>) venture ->
                        vars("ventureId", venture, "input", Ventures.setInput(0, today(), List.of(stake(first(), "40"), stake(second, "50"))))),
                Arguments.of("stale basedOnVersion (CONFLICT)", Ventures.SET_OWNERSHIP, (Function<String, Map<String, Object>>) venture ->
                        vars("ventureId", venture, "input", Ventures.setInput(3, today(), List.of(stake(first(), "100"))))),
                Arguments.of("effective date in the future (VALIDATION)", Ventures.SET_OWNERSHIP, (Function<String, Map<String, Object>>) venture ->
                        vars("ventureId", venture, "input", Ventures.setInput(0, LocalDate.now(ZoneOffset.UTC).plusDays(2).toString(),
                                List.of(stake(first(), "100"))))),
                Arguments.of("a role the partner does not have (NOT_FOUND)", REMOVE_PARTICIPANT, (Function<String, Map<String, Object>>) venture ->
                        vars("ventureId", venture, "partnerId", first(), "role", "ADVISOR")),
                Arguments.of("an ordinal taken (CONFLICT)", Ventures.ADD_PHASE, (Function<String, Map<String, Object>>) venture -> {
                    post(Ventures.ADD_PHASE, vars("ventureId", venture, "input", phase("Taken"))).body("errors", nullValue());
                    return vars("ventureId", venture, "input", phase("Same ordinal"));
                }),
                Arguments.of("a proposal whose stakes sum to 90 (VALIDATION)", Proposals.PROPOSE_SET, (Function<String, Map<String, Object>>) venture ->
                        vars("ventureId", venture, "input", Ventures.setInput(0, today(), List.of(stake(first(), "40"), stake(second, "50"))))),
                Arguments.of("a transfer proposed on a stale basedOnVersion (CONFLICT)", Proposals.PROPOSE_TRANSFER, (Function<String, Map<String, Object>>) venture ->
                        vars("ventureId", ownedVenture(venture), "input", Ventures.transferInput(4, today(), first(), second, "10"))),
                Arguments.of("an approval by the proposer (FORBIDDEN)", Proposals.APPROVE, (Function<String, Map<String, Object>>) venture ->
                        vars("id", proposedTransfer(ownedVenture(venture)))),
                Arguments.of("a rejection by the proposer (FORBIDDEN)", Proposals.REJECT, (Function<String, Map<String, Object>>) venture ->
                        vars("id", proposedTransfer(ownedVenture(venture)), "reason", "No")),
                Arguments.of("withdrawing a withdrawn proposal (CONFLICT)", Proposals.WITHDRAW, (Function<String, Map<String, Object>>) venture -> {
                    String proposal = proposedTransfer(ownedVenture(venture));
                    post(Proposals.WITHDRAW, vars("id", proposal)).body("errors", nullValue());
                    return vars("id", proposal);
                }),
                Arguments.of("the four-eyes setting of no venture (NOT_FOUND)", Proposals.REQUIRE_APPROVAL, (Function<String, Map<String, Object>>) venture ->
                        vars("ventureId", UUID.randomUUID().toString(), "required", true)),
                Arguments.of("a seat for a partner with no stake or role (VALIDATION)", ADD_SEAT, (Function<String, Map<String, Object>>) venture ->
                        vars("ventureId", venture, "input", seat(first()))),
                Arguments.of("ending a seat at a stale expectedVersion (CONFLICT)", END_SEAT, (Function<String, Map<String, Object>>) venture ->
                        vars("id", seated(ownedVenture(venture)), "expectedVersion", 2, "endDate", "2025-12-31")),
                Arguments.of("a chair at a stale expectedVersion (CONFLICT)", SET_CHAIR, (Function<String, Map<String, Object>>) venture ->
                        vars("ventureId", venture, "expectedVersion", 3, "input", vars("castingVote", false))),
                Arguments.of("a deadlock mechanism at a stale expectedVersion (CONFLICT)", SET_MECHANISM, (Function<String, Map<String, Object>>) venture ->
                        vars("ventureId", venture, "expectedVersion", 3, "input", vars("mechanism", "ESCALATION"))),
                Arguments.of("a reserved matter whose title is taken (CONFLICT)", ADD_MATTER, (Function<String, Map<String, Object>>) venture -> {
                    post(ADD_MATTER, vars("ventureId", venture, "input", matter("Budget"))).body("errors", nullValue());
                    return vars("ventureId", venture, "input", matter("Budget"));
                }),
                Arguments.of("removing no reserved matter (NOT_FOUND)", REMOVE_MATTER, (Function<String, Map<String, Object>>) venture ->
                        vars("id", UUID.randomUUID().toString())),
                Arguments.of("an agreement without a provider (VALIDATION)", CREATE_AGREEMENT, (Function<String, Map<String, Object>>) venture ->
                        vars("input", vars("name", "No provider", "status", "SIGNED",
                                "parties", List.of(vars("partnerId", first(), "role", "BUYER"))))),
                Arguments.of("an agreement at a stale expectedVersion (CONFLICT)", UPDATE_AGREEMENT, (Function<String, Map<String, Object>>) venture -> {
                    String agreement = json(post(CREATE_AGREEMENT, vars("input", agreement("Audited stale deal")))
                            .body("errors", nullValue())).getString("data.createAgreement.id");
                    return vars("id", agreement, "expectedVersion", 2, "input", agreement("Audited other deal"));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedWrites")
    void aRefusedWriteRecordsNothing(String refusal, String mutation, Function<String, Map<String, Object>> variables)
            throws SQLException {
        String venture = Ventures.create(Ventures.input("Audited refusal", "audit"));
        Map<String, Object> sent = variables.apply(venture);
        int before = trail(venture, 0, 100).getList("data.venture.auditTrail").size();
        long entries = entryCount();

        JsonPath answer = json(post(mutation, sent));

        String code = refusal.substring(refusal.lastIndexOf('(') + 1, refusal.lastIndexOf(')'));
        assertThat(answer.getList("errors.extensions.code")).as(refusal).containsExactly(code);
        assertThat(trail(venture, 0, 100).getList("data.venture.auditTrail")).hasSize(before);
        assertThat(entryCount()).as("entries anywhere, an agreement's trail too").isEqualTo(entries);
    }

    @ParameterizedTest
    @ValueSource(strings = {KeycloakRealm.EDITOR, KeycloakRealm.VIEWER})
    void onlyAnAdminReadsTheTrailOthersGetForbiddenThereAndTheRestOfTheAnswer(String user) {
        String venture = Ventures.create("Audited access");

        JsonPath answer = json(postAs(user, TRAIL, vars("id", venture, "offset", 0, "limit", 20)));

        assertThat(answer.getString("data.venture.id")).isEqualTo(venture);
        assertThat(answer.getString("data.venture.auditTrail")).isNull();
        assertThat(answer.getList("errors.extensions.code")).containsExactly("FORBIDDEN");
        assertThat(answer.getList("errors[0].path")).containsExactly("venture", "auditTrail");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void aLimitOutside1To100IsAValidationErrorOnLimit(int limit) {
        String venture = Ventures.create("Audited limit");

        JsonPath answer = json(post(TRAIL, vars("id", venture, "offset", 0, "limit", limit)));

        assertThat(answer.getList("errors.extensions.code")).containsExactly("VALIDATION");
        assertThat(answer.getList("errors.extensions.field")).containsExactly("limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"update jv_audit_entry set actor = 'someone else'", "delete from jv_audit_entry",
            "truncate jv_audit_entry"})
    void theDatabaseRefusesToChangeOrRemoveAnEntry(String sql) throws SQLException {
        Ventures.create("Audited table");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("jv_audit_entry is append-only");
        }
    }

    @Test
    void anApprovalRecordsTheLedgerAppendOnTheVentureAndTheDecisionOnTheProposal() {
        String venture = owned(this);
        String proposal = proposedTransfer(venture);
        String trace = newTraceId();

        writeAs(KeycloakRealm.SECOND_ADMIN, trace, Proposals.APPROVE, vars("id", proposal));

        List<Map<String, Object>> entries = trail(venture, 0, 2).getList("data.venture.auditTrail");
        assertThat(entries).extracting(entry -> entry.get("objectType"), entry -> entry.get("objectId"), entry -> entry.get("traceId"))
                .containsExactly(tuple("OwnershipProposal", proposal, trace),
                        tuple("Venture", venture, trace));
        assertThat(trail(venture, 1, 1).getList("data.venture.auditTrail[0].changes.field"))
                .contains("ledgerVersion", "stakes." + first, "stakes." + second);
    }

    // ----- helpers ----------------------------------------------------------------------------

    /** {@code venture} owned 50/50 by the two partners (ledger version 1). */
    private String ownedVenture(String venture) {
        Ventures.setOwnership(venture, Ventures.setInput(0, today(), List.of(stake(first(), "50"), stake(second, "50"))));
        return venture;
    }

    /** A venture owned 50/50 by the two partners (ledger version 1). */
    private static String owned(AuditTrailTests t) {
        return t.ownedVenture(Ventures.create("Audited owned"));
    }

    /** A transfer of 10 from the first partner to the second, proposed by the admin on an {@link #owned} venture. */
    private String proposedTransfer(String venture) {
        return Proposals.proposeTransfer(KeycloakRealm.ADMIN, venture, Ventures.transferInput(1, today(), first(), second, "10"));
    }

    /** A seat of the first partner's on an {@link #owned} venture; its id. */
    private String seated(String venture) {
        return json(post(ADD_SEAT, vars("ventureId", venture, "input", seat(first()))).body("errors", nullValue()))
                .getString("data.addBoardSeat.id");
    }

    private static Map<String, Object> seat(String partner) {
        return vars("partnerId", partner, "holderName", "A. Director", "startDate", "2025-07-31");
    }

    private static Map<String, Object> matter(String title) {
        return vars("title", title, "approval", "UNANIMOUS");
    }

    /** An agreement of the first partner (buyer) and the second (provider). */
    private Map<String, Object> agreement(String name) {
        return vars("name", name, "status", "SIGNED", "capacityMw", new BigDecimal("100"),
                "parties", List.of(vars("partnerId", first(), "role", "BUYER"), vars("partnerId", second, "role", "PROVIDER")));
    }

    private JsonPath agreementTrail(String agreement) {
        return json(post(AGREEMENT_TRAIL, vars("id", agreement, "offset", 0, "limit", 20)).body("errors", nullValue()));
    }

    /** Entries in the whole table: a refused write must add none anywhere, not only to the trail one would look in. */
    private long entryCount() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from jv_audit_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private JsonPath trail(String venture, int offset, int limit) {
        return json(post(TRAIL, vars("id", venture, "offset", offset, "limit", limit)).body("errors", nullValue()));
    }

    private JsonPath write(String trace, String query, Map<String, Object> variables) {
        return writeAs(KeycloakRealm.ADMIN, trace, query, variables);
    }

    private JsonPath writeAs(String user, String trace, String query, Map<String, Object> variables) {
        return json(as(user).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue()));
    }

    private String idempotent(String key, Map<String, Object> input) {
        return json(admin().header("Idempotency-Key", key).body(Map.of("query", Ventures.CREATE, "variables", vars("input", input)))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue())).getString("data.createVenture.id");
    }

    private static RequestSpecification admin() {
        return as(KeycloakRealm.ADMIN);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestIssuer.tokenFor(user)).contentType(ContentType.JSON);
    }

    private static String newTraceId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zero
        return HexFormat.of().formatHex(bytes);
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static Map<String, Object> phase(String name) {
        return vars("name", name, "ordinal", 1, "kind", "INITIAL", "status", "COMMITTED",
                "committedCapital", vars("amount", new BigDecimal("1000000000.00"), "currency", "USD"),
                "capacityMw", new BigDecimal("230"));
    }

}
