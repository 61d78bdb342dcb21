package io.jvplatform.partners.audit;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.partners.support.FakeVenturesService;
import io.jvplatform.partners.support.Partners;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static io.jvplatform.partners.support.GraphQL.execute;
import static io.jvplatform.partners.support.GraphQL.executeAs;
import static io.jvplatform.partners.support.GraphQL.executeWithKey;
import static io.jvplatform.partners.support.GraphQL.variables;
import static io.jvplatform.partners.support.Partners.CREATE_PARTNER;
import static io.jvplatform.partners.support.Partners.input;
import static io.jvplatform.partners.support.Partners.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every mutation of partners-service leaves one entry in {@code Partner.auditTrail}: the admin's
 * name, the changed fields before and after, the partner, and the request's trace id (sent as a W3C
 * traceparent, as the gateway does when it traces). Refused writes and idempotent retries leave
 * none; the table refuses to be changed.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partners"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(FakeVenturesService.class)
class AuditTrailTests {

    private static final String TRAIL = """
            query Trail($id: ID!, $offset: Int, $limit: Int) {
              partner(id: $id) {
                id name
                auditTrail(offset: $offset, limit: $limit) { at actor action objectType objectId traceId changes { field before after } }
              }
            }
            """;
    private static final String UPDATE = """
            mutation Update($id: ID!, $expectedVersion: Int!, $input: PartnerInput!) {
              updatePartner(id: $id, expectedVersion: $expectedVersion, input: $input) { id version }
            }
            """;
    private static final String ARCHIVE = """
            mutation Archive($id: ID!, $expectedVersion: Int!) {
              archivePartner(id: $id, expectedVersion: $expectedVersion) { id version }
            }
            """;
    private static final String RESTORE = """
            mutation Restore($id: ID!, $expectedVersion: Int!) {
              restorePartner(id: $id, expectedVersion: $expectedVersion) { id version }
            }
            """;

    @FakeVenturesService.Inject
    FakeVenturesService ventures;

    @Inject
    DataSource dataSource;

    /**
     * The first archive starts the client to ventures-service (2 s timeout): on a busy 2-core box
     * its first call can take longer, so it is made once here, outside the family under test.
     */
    private boolean warm;

    private void warmUpTheVenturesClient() {
        if (warm) {
            return;
        }
        warm = true;
        Map<String, Object> partner = Partners.create("Audited warm-up");
        execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", partner.get("version")));
    }

    /** A mutation on a partner prepared for it (created, and archived for a restore), returning the partner's id. */
    interface Mutation {
        String run(AuditTrailTests test, Map<String, Object> partner, String trace);
    }

    Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of("createPartner", (Mutation) (t, partner, trace) ->
                        t.write(trace, CREATE_PARTNER, variables("input", input("Audited new"))).getString("data.createPartner.id"),
                        "archived", null, "false"),
                Arguments.of("updatePartner", (Mutation) (t, partner, trace) -> t.write(trace, UPDATE, variables("id", partner.get("id"),
                                "expectedVersion", partner.get("version"), "input", with(input("ignored"), "name", "Renamed " + partner.get("id"))))
                        .getString("data.updatePartner.id"), "version", "0", "1"),
                Arguments.of("archivePartner", (Mutation) (t, partner, trace) -> t.write(trace, ARCHIVE, variables("id", partner.get("id"),
                        "expectedVersion", partner.get("version"))).getString("data.archivePartner.id"), "archived", "false", "true"),
                Arguments.of("restorePartner", (Mutation) (t, partner, trace) -> {
                    execute(ARCHIVE, variables("id", partner.get("id"), "expectedVersion", partner.get("version"))).body("errors", nullValue());
                    return t.write(trace, RESTORE, variables("id", partner.get("id"), "expectedVersion", (Integer) partner.get("version") + 1))
                            .getString("data.restorePartner.id");
                }, "archived", "true", "false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void everyMutationRecordsTheAdminTheChangedFieldsThePartnerAndTheTraceId(String action, Mutation mutation, String field,
                                                                           String before, String after) {
        warmUpTheVenturesClient();
        Map<String, Object> partner = Partners.create("Audited");
        String trace = newTraceId();

        String id = mutation.run(this, partner, trace);

        JsonPath trail = trail(id, 0, 20);
        Map<String, Object> newest = trail.getMap("data.partner.auditTrail[0]");
        assertThat(newest).containsEntry("actor", KeycloakRealm.ADMIN).containsEntry("action", action)
                .containsEntry("objectType", "Partner").containsEntry("objectId", id).containsEntry("traceId", trace);
        assertThat(trail.getList("data.partner.auditTrail.findAll { it.traceId == '" + trace + "' }")).as("one entry").hasSize(1);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> changes = (List<Map<String, String>>) newest.get("changes");
        Map<String, String> change = new HashMap<>();
        change.put("field", field);
        change.put("before", before);
        change.put("after", after);
        assertThat(changes).contains(change);
        assertThat(changes).as("only changed fields").noneMatch(c -> Objects.equals(c.get("before"), c.get("after")));
        assertThat(OffsetDateTime.parse((String) newest.get("at"))).isCloseTo(OffsetDateTime.now(ZoneOffset.UTC),
                within(1, ChronoUnit.MINUTES));
    }

    @Test
    void anUpdateRecordsTheFieldsItChangedOnly() {
        Map<String, Object> created = Partners.create("Audited fields");
        Map<String, Object> input = input("x");
        input.put("name", created.get("name"));
        input.put("legalName", created.get("legalName"));
        input.put("lei", created.get("lei"));
        input.put("website", created.get("website"));
        input.put("description", "Now described otherwise");
        input.put("country", "SE");

        execute(UPDATE, variables("id", created.get("id"), "expectedVersion", created.get("version"), "input", input))
                .body("errors", nullValue());

        assertThat(trail((String) created.get("id"), 0, 1).getList("data.partner.auditTrail[0].changes.field"))
                .containsExactlyInAnyOrder("country", "description", "version");
    }

    @Test
    void aRetriedIdempotentCreateIsRecordedOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> input = input("Audited retry");

        String id = executeWithKey(KeycloakRealm.ADMIN, key, CREATE_PARTNER, variables("input", input)).body("errors", nullValue())
                .extract().path("data.createPartner.id");
        executeWithKey(KeycloakRealm.ADMIN, key, CREATE_PARTNER, variables("input", input)).body("errors", nullValue());

        assertThat(trail(id, 0, 20).getList("data.partner.auditTrail.action")).containsExactly("createPartner");
    }

    Stream<Arguments> refusedWrites() {
        return Stream.of(
                Arguments.of("stale expectedVersion (CONFLICT)", (BiFunction<AuditTrailTests, Map<String, Object>, Map<String, Object>>)
                        (t, partner) -> variables("id", partner.get("id"), "expectedVersion", 9, "input", input("Other")), UPDATE),
                Arguments.of("invalid LEI (VALIDATION)", (BiFunction<AuditTrailTests, Map<String, Object>, Map<String, Object>>)
                        (t, partner) -> variables("id", partner.get("id"), "expectedVersion", partner.get("version"),
                                "input", with(input("Other"), "lei", "529900T8BM49AURSDO56")), UPDATE),
                Arguments.of("a name taken (CONFLICT)", (BiFunction<AuditTrailTests, Map<String, Object>, Map<String, Object>>)
                        (t, partner) -> variables("id", partner.get("id"), "expectedVersion", partner.get("version"),
                                "input", with(input("Other"), "name", Partners.create("Taken").get("name"))), UPDATE),
                Arguments.of("a stake still held (CONFLICT)", (BiFunction<AuditTrailTests, Map<String, Object>, Map<String, Object>>)
                        (t, partner) -> {
                            t.ventures.holdsStakes((String) partner.get("id"), "Stargate Audited");
                            return variables("id", partner.get("id"), "expectedVersion", partner.get("version"));
                        }, ARCHIVE),
                Arguments.of("restoring an active partner (CONFLICT)", (BiFunction<AuditTrailTests, Map<String, Object>, Map<String, Object>>)
                        (t, partner) -> variables("id", partner.get("id"), "expectedVersion", partner.get("version")), RESTORE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedWrites")
    void aRefusedWriteRecordsNothing(String refusal, BiFunction<AuditTrailTests, Map<String, Object>, Map<String, Object>> variables,
                                     String mutation) {
        Map<String, Object> partner = Partners.create("Audited refusal");
        Map<String, Object> sent = variables.apply(this, partner);

        JsonPath answer = execute(mutation, sent).extract().jsonPath();

        assertThat(answer.getList("errors")).as(refusal).isNotEmpty();
        assertThat(trail((String) partner.get("id"), 0, 100).getList("data.partner.auditTrail.action")).containsExactly("createPartner");
    }

    @ParameterizedTest
    @ValueSource(strings = {KeycloakRealm.EDITOR, KeycloakRealm.VIEWER, KeycloakRealm.PARTNER})
    void onlyAnAdminReadsTheTrailOthersGetForbiddenThereAndTheRestOfTheAnswer(String user) {
        String id = (String) Partners.create("Audited access").get("id");

        JsonPath answer = executeAs(user, TRAIL, variables("id", id, "offset", 0, "limit", 20)).extract().jsonPath();

        assertThat(answer.getString("data.partner.id")).isEqualTo(id);
        assertThat(answer.getString("data.partner.auditTrail")).isNull();
        assertThat(answer.getList("errors.extensions.code")).containsExactly("FORBIDDEN");
        assertThat(answer.getList("errors[0].path")).containsExactly("partner", "auditTrail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"update jv_audit_entry set actor = 'someone else'", "delete from jv_audit_entry",
            "truncate jv_audit_entry"})
    void theDatabaseRefusesToChangeOrRemoveAnEntry(String sql) throws SQLException {
        Partners.create("Audited table");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("jv_audit_entry is append-only");
        }
    }

    private JsonPath trail(String id, int offset, int limit) {
        return execute(TRAIL, variables("id", id, "offset", offset, "limit", limit)).body("errors", nullValue()).extract().jsonPath();
    }

    private JsonPath write(String trace, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().auth().oauth2(TestIssuer.tokenFor(KeycloakRealm.ADMIN)).contentType(ContentType.JSON)
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01").body(body)
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    private static String newTraceId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1;
        return HexFormat.of().formatHex(bytes);
    }
}
