package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Users;
import io.jvplatform.gateway.support.Ventures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A client that timed out and retries with the same Idempotency-Key creates once, through the
 * gateway (which forwards the header) into the service that keeps the key.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class IdempotencyTests {

    private static final String CREATE = """
            mutation Create($input: VentureInput!) { createVenture(input: $input) { id name } }
            """;
    private static final String ADD_PHASE = """
            mutation Phase($id: ID!, $input: FundingPhaseInput!) { addFundingPhase(ventureId: $id, input: $input) { id name } }
            """;
    private static final String COUNT = """
            query Count($search: String) { ventures(filter: {search: $search}) { totalCount } }
            """;
    private static final String PHASES = """
            query Phases($id: ID!) { venture(id: $id) { fundingPhases { id } } }
            """;

    private static JsonPath send(String key, String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).auth().oauth2(Users.token(KeycloakRealm.ADMIN))
                .header("Idempotency-Key", key).body(body)
                .when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> venture(String name, String jurisdiction) {
        return vars("input", Map.of("name", name, "jurisdiction", jurisdiction, "status", "ANNOUNCED"));
    }

    @Test
    void aRetriedCreateWithTheSameKeyReturnsTheFirstVentureAndWritesNoSecond() {
        String key = UUID.randomUUID().toString();
        String name = "Idempotent " + key.substring(0, 8);

        JsonPath first = send(key, CREATE, venture(name, "NO"));
        JsonPath retry = send(key, CREATE, venture(name, "NO"));

        assertThat(first.getString("data.createVenture.id")).isNotNull();
        assertThat(retry.getString("data.createVenture.id")).isEqualTo(first.getString("data.createVenture.id"));
        assertThat(GraphQL.ok(COUNT, vars("search", name)).getInt("data.ventures.totalCount")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherInputIsAConflictAndWritesNothing() {
        String key = UUID.randomUUID().toString();
        String name = "Idempotent " + key.substring(0, 8);
        send(key, CREATE, venture(name, "NO"));

        JsonPath other = send(key, CREATE, venture(name, "SE"));

        assertThat(other.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(other.getString("errors[0].extensions.field")).isEqualTo("Idempotency-Key");
        assertThat(GraphQL.ok(COUNT, vars("search", name)).getInt("data.ventures.totalCount")).isEqualTo(1);
    }

    @Test
    void aRetriedFundingPhaseIsAddedOnce() {
        String ventureId = Ventures.create("Idempotent phases " + UUID.randomUUID().toString().substring(0, 8), "Bench", "ANNOUNCED");
        String key = UUID.randomUUID().toString();
        Map<String, Object> phase = vars("id", ventureId, "input",
                Map.of("name", "Phase 1", "ordinal", 1, "kind", "INITIAL", "status", "PLANNED"));

        String first = send(key, ADD_PHASE, phase).getString("data.addFundingPhase.id");
        String retry = send(key, ADD_PHASE, phase).getString("data.addFundingPhase.id");

        assertThat(retry).isEqualTo(first);
        assertThat(GraphQL.ok(PHASES, vars("id", ventureId)).getList("data.venture.fundingPhases")).hasSize(1);
    }
}
