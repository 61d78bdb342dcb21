package io.jvplatform.partners.api;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.partners.support.FakeVenturesService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static io.jvplatform.partners.support.GraphQL.executeAs;
import static io.jvplatform.partners.support.GraphQL.executeWithHeader;
import static io.jvplatform.partners.support.GraphQL.variables;
import static io.jvplatform.partners.support.Partners.CREATE_PARTNER;
import static io.jvplatform.partners.support.Partners.countNamed;
import static io.jvplatform.partners.support.Partners.create;
import static io.jvplatform.partners.support.Partners.input;
import static io.jvplatform.partners.support.Partners.read;
import static io.jvplatform.partners.support.Partners.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * partners-service checks every token itself, whoever calls it (docs/design.md, "Access control"):
 * reading needs any role, creating and updating editor or admin, archiving and restoring admin.
 * Tokens come from {@link TestIssuer} here; the same rules against the real Keycloak are proven
 * in the gateway's tests.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partners"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(FakeVenturesService.class)
class PartnerAccessTests {

    private static final String UPDATE = """
            mutation Update($id: ID!, $expectedVersion: Int!, $input: PartnerInput!) {
              updatePartner(id: $id, expectedVersion: $expectedVersion, input: $input) { id version }
            }
            """;
    private static final String ARCHIVE = """
            mutation Archive($id: ID!, $expectedVersion: Int!) {
              archivePartner(id: $id, expectedVersion: $expectedVersion) { id archived }
            }
            """;
    private static final String PARTNER = "query P($id: ID!) { partner(id: $id) { id name } }";

    @FakeVenturesService.Inject
    FakeVenturesService ventures;

    /** Refused before GraphQL runs (jv-subgraph.properties), with the same answer as a bad token. */
    @Test
    void withoutATokenNothingIsReadOrWritten() {
        Map<String, Object> partner = create("Anonymous target");
        Map<String, Object> input = input("Anonymous creation");

        assertRefused(executeWithHeader(null, PARTNER, variables("id", partner.get("id"))).statusCode(401), "UNAUTHENTICATED");
        assertRefused(executeWithHeader(null, CREATE_PARTNER, variables("input", input)).statusCode(401), "UNAUTHENTICATED");
        assertRefused(executeWithHeader(null, ARCHIVE, variables("id", partner.get("id"), "expectedVersion", partner.get("version")))
                        .statusCode(401),
                "UNAUTHENTICATED");

        assertThat(countNamed((String) input.get("name"))).isZero();
        assertThat(read(partner.get("id")).get("archived")).isEqualTo(false);
    }

    /** Tampered signature, alg none, expired, another realm's issuer, another audience, garbage. */
    @ParameterizedTest
    @MethodSource("io.jvplatform.devstack.TestIssuer#refusedTokens")
    void aBadTokenIsRefusedWith401AndWritesNothing(String token) {
        Map<String, Object> input = input("Bad token creation");

        ValidatableResponse response = executeWithHeader("Bearer " + token, CREATE_PARTNER, variables("input", input));

        assertRefused(response.statusCode(401), "UNAUTHENTICATED");
        response.body(not(containsString("Exception")));
        assertThat(countNamed((String) input.get("name"))).isZero();
    }

    @Test
    void everyRoleReadsPartners() {
        Map<String, Object> partner = create("Readable");
        for (String user : KeycloakRealm.DEMO_USERS) {
            executeAs(user, PARTNER, variables("id", partner.get("id")))
                    .body("errors", nullValue())
                    .body("data.partner.name", equalTo(partner.get("name")));
        }
    }

    @Test
    void viewersAndPartnerUsersMayNotCreateOrUpdate() {
        Map<String, Object> partner = create("Not theirs to edit");
        for (String user : List.of(KeycloakRealm.VIEWER, KeycloakRealm.PARTNER)) {
            Map<String, Object> input = input("Created by " + user);
            assertRefused(executeAs(user, CREATE_PARTNER, variables("input", input)), "FORBIDDEN");
            assertRefused(executeAs(user, UPDATE, variables("id", partner.get("id"), "expectedVersion", partner.get("version"), "input", input)),
                    "FORBIDDEN");
            assertThat(countNamed((String) input.get("name"))).isZero();
        }
        assertThat(read(partner.get("id"))).containsEntry("name", partner.get("name")).containsEntry("version", partner.get("version"));
    }

    @Test
    void anEditorCreatesAndUpdatesButDoesNotArchive() {
        Map<String, Object> input = input("Edited by the editor");
        Map<String, Object> created = executeAs(KeycloakRealm.EDITOR, CREATE_PARTNER, variables("input", input))
                .body("errors", nullValue())
                .extract().jsonPath().getMap("data.createPartner");
        int updated = executeAs(KeycloakRealm.EDITOR, UPDATE,
                        variables("id", created.get("id"), "expectedVersion", created.get("version"),
                                "input", with(input, "description", "Updated by the editor")))
                .body("errors", nullValue())
                .extract().path("data.updatePartner.version");

        assertRefused(executeAs(KeycloakRealm.EDITOR, ARCHIVE, variables("id", created.get("id"), "expectedVersion", updated)),
                "FORBIDDEN");

        assertThat(updated).isEqualTo((Integer) created.get("version") + 1);
        assertThat(read(created.get("id"))).containsEntry("archived", false).containsEntry("version", updated);
    }

    @Test
    void theAdminArchivesAndTheCheckWithVenturesServiceCarriesTheAdminsToken() {
        Map<String, Object> partner = create("Archived by the admin");
        String token = TestIssuer.tokenFor(KeycloakRealm.ADMIN);

        executeWithHeader("Bearer " + token, ARCHIVE, variables("id", partner.get("id"), "expectedVersion", partner.get("version")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.archivePartner.archived", equalTo(true));

        assertThat(ventures.lastAuthorization()).isEqualTo("Bearer " + token);
    }

    private static void assertRefused(ValidatableResponse response, String code) {
        response.body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", not(containsString("Exception")));
    }
}
