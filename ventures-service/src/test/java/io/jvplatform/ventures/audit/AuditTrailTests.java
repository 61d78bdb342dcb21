package io.jvplatform.ventures.audit;

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
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every mutation of ventures-service leaves one entry in {@code Venture.auditTrail}: the admin's
 * name, the changed fields before and after, the object, and the request's trace id (sent here as
 * a W3C traceparent, as the gateway does when it traces). Refused writes and idempotent retries
 * leave none; the table refuses to be changed.
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

    /** What a mutation did to the trail: its action, object type, and one changed field with its before and after. */
    record Expected(String action, String objectType, String field, String before, String after) {
    }

    /** A mutation, run on a venture of its own (prepared without a trace), returning the id of the object it changed. */
    record Row(String name, Function<AuditTrailTests, String> prepare, Mutation mutation, Expected expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Mutation {
        /** Runs the mutation under {@code trace} on {@code venture}; returns the changed object's id. */
        String run(AuditTrailTests test, String venture, String trace);
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
                        new Expected("transferStake", "Venture", "stakes.%1$s", "\"50.0000\"", "\"40.0000\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void everyMutationRecordsTheAdminTheChangedFieldsTheObjectAndTheTraceId(Row row) {
        first();
        String prepared = row.prepare().apply(this);
        String trace = newTraceId();

        String changed = row.mutation().run(this, prepared, trace);

        String venture = prepared == null ? changed : prepared;
        JsonPath trail = trail(venture, 0, 20);
        Map<String, Object> newest = trail.getMap("data.venture.auditTrail[0]");
        Expected expected = row.expected();
        assertThat(newest).containsEntry("actor", KeycloakRealm.ADMIN).containsEntry("action", expected.action())
                .containsEntry("objectType", expected.objectType()).containsEntry("objectId", changed)
                .containsEntry("traceId", trace);
        assertThat(trail.getList("data.venture.auditTrail.findAll { it.traceId == '" + trace + "' }"))
                .as("one entry per mutation").hasSize(1);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> changes = (List<Map<String, String>>) newest.get("changes");
        Map<String, String> change = new HashMap<>();
        change.put("field", expected.field().formatted(first));
        change.put("before", expected.before() == null ? null : expected.before().formatted(first));
        change.put("after", expected.after().formatted(first));
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

    /** Refused writes, each on a venture whose trail holds its creation only. */
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
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedWrites")
    void aRefusedWriteRecordsNothing(String refusal, String mutation, Function<String, Map<String, Object>> variables) {
        String venture = Ventures.create(Ventures.input("Audited refusal", "audit"));
        Map<String, Object> sent = variables.apply(venture);
        int before = trail(venture, 0, 100).getList("data.venture.auditTrail").size();

        JsonPath answer = json(post(mutation, sent));

        assertThat(answer.getList("errors")).as(refusal).isNotEmpty();
        assertThat(trail(venture, 0, 100).getList("data.venture.auditTrail")).hasSize(before);
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

    // ----- helpers ----------------------------------------------------------------------------

    private JsonPath trail(String venture, int offset, int limit) {
        return json(post(TRAIL, vars("id", venture, "offset", offset, "limit", limit)).body("errors", nullValue()));
    }

    private JsonPath write(String trace, String query, Map<String, Object> variables) {
        return json(admin().header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue()));
    }

    private String idempotent(String key, Map<String, Object> input) {
        return json(admin().header("Idempotency-Key", key).body(Map.of("query", Ventures.CREATE, "variables", vars("input", input)))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue())).getString("data.createVenture.id");
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestIssuer.tokenFor(KeycloakRealm.ADMIN)).contentType(ContentType.JSON);
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
