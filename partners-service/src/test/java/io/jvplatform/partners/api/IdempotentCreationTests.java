package io.jvplatform.partners.api;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.partners.support.FakeVenturesService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.jvplatform.partners.support.GraphQL.executeAs;
import static io.jvplatform.partners.support.GraphQL.executeWithKey;
import static io.jvplatform.partners.support.GraphQL.variables;
import static io.jvplatform.partners.support.Partners.CREATE_PARTNER;
import static io.jvplatform.partners.support.Partners.countNamed;
import static io.jvplatform.partners.support.Partners.input;
import static io.jvplatform.partners.support.Partners.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * createPartner with an {@code Idempotency-Key}: a client that times out and retries creates one
 * partner, not two (service-support's {@code Idempotency}, on this service's database).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partners"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(FakeVenturesService.class)
class IdempotentCreationTests {

    private static final int RETRIES = 4;

    private final DataSource database;

    IdempotentCreationTests(DataSource database) {
        this.database = database;
    }

    @Test
    void theSameKeyAndInputReturnTheFirstPartnerAndWriteNothingNew() {
        String key = newKey();
        Map<String, Object> input = input("Retried");

        String first = create(KeycloakRealm.EDITOR, key, input).body("errors", nullValue()).extract().path("data.createPartner.id");
        String again = create(KeycloakRealm.EDITOR, key, input).body("errors", nullValue()).extract().path("data.createPartner.id");

        assertThat(again).isEqualTo(first);
        assertThat(countNamed((String) input.get("name"))).isOne();
    }

    @Test
    void theSameKeyWithAnotherInputIsAConflictAndWritesNothing() {
        String key = newKey();
        Map<String, Object> input = input("Keyed first");
        Map<String, Object> other = input("Keyed other");
        create(KeycloakRealm.EDITOR, key, input).body("errors", nullValue());

        create(KeycloakRealm.EDITOR, key, other)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("Idempotency-Key"));

        assertThat(countNamed((String) input.get("name"))).isOne();
        assertThat(countNamed((String) other.get("name"))).isZero();
    }

    @Test
    void requestsWithOneKeyAtTheSameTimeCreateOnce() throws Exception {
        String key = newKey();
        Map<String, Object> input = input("Raced");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RETRIES);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < RETRIES; i++) {
                ids.add(pool.submit(() -> {
                    start.await();
                    return create(KeycloakRealm.EDITOR, key, input).body("errors", nullValue())
                            .extract().<String>path("data.createPartner.id");
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> id : ids) {
                answers.add(id.get());
            }

            assertThat(answers).hasSize(RETRIES).doesNotContainNull().containsOnly(answers.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(countNamed((String) input.get("name"))).isOne();
    }

    @Test
    void keysBelongToTheCallerSoAnotherUsersSameKeyIsAnotherKey() {
        String key = newKey();
        Map<String, Object> editors = input("Editor's");
        Map<String, Object> admins = input("Admin's");
        String editorsId = create(KeycloakRealm.EDITOR, key, editors).extract().path("data.createPartner.id");

        String adminsId = create(KeycloakRealm.ADMIN, key, admins).body("errors", nullValue())
                .extract().path("data.createPartner.id");

        assertThat(adminsId).isNotEqualTo(editorsId);
        assertThat(countNamed((String) admins.get("name"))).isOne();
    }

    @Test
    void aRefusedFirstAttemptLeavesTheKeyFreeForTheCorrectedRequest() {
        String key = newKey();
        Map<String, Object> input = input("Corrected");
        create(KeycloakRealm.EDITOR, key, with(input, "country", "XX"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));

        create(KeycloakRealm.EDITOR, key, input).body("errors", nullValue());

        assertThat(countNamed((String) input.get("name"))).isOne();
    }

    @Test
    void anExpiredKeyIsFreeAgain() throws Exception {
        String key = newKey();
        Map<String, Object> input = input("Expired key");
        Map<String, Object> later = input("After expiry");
        create(KeycloakRealm.EDITOR, key, input).body("errors", nullValue());
        try (Connection connection = database.getConnection();
             PreparedStatement age = connection.prepareStatement(
                     "update jv_idempotency_key set created_at = now() - interval '25 hours' where idempotency_key = ?")) {
            age.setString(1, key);
            assertThat(age.executeUpdate()).isOne();
        }

        create(KeycloakRealm.EDITOR, key, later).body("errors", nullValue());

        assertThat(countNamed((String) later.get("name"))).isOne();
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        Map<String, Object> input = input("Unkeyed");

        executeAs(KeycloakRealm.EDITOR, CREATE_PARTNER, variables("input", input)).body("errors", nullValue());
        executeAs(KeycloakRealm.EDITOR, CREATE_PARTNER, variables("input", with(input, "lei", null)))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("input.name"));

        assertThat(countNamed((String) input.get("name"))).isOne();
    }

    private static final String TOO_LONG = "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
            + "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
            + "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"; // 256

    /** Too long, a space, a control character, a non-ASCII letter. */
    @ParameterizedTest
    @ValueSource(strings = {TOO_LONG, "two words", "tab\there", "clé"})
    void aMalformedKeyIsRefusedWithTheHeaderAsFieldAndNothingIsWritten(String key) {
        Map<String, Object> input = input("Malformed key");

        create(KeycloakRealm.EDITOR, key, input)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.field", equalTo("Idempotency-Key"));

        assertThat(countNamed((String) input.get("name"))).isZero();
    }

    private static ValidatableResponse create(String user, String key, Map<String, Object> input) {
        return executeWithKey(user, key, CREATE_PARTNER, variables("input", input));
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
