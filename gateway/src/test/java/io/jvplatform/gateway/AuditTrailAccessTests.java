package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Ventures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code Venture.auditTrail}, {@code Partner.auditTrail} and {@code CapacityAgreement.auditTrail} through the gateway: the admin reads
 * who changed what (the name the gateway forwarded the token of); anyone else gets null and
 * FORBIDDEN at that path, wherever the object sits in the answer, with the rest of the answer intact.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class AuditTrailAccessTests {

    private static final String UPDATE = """
            mutation Update($id: ID!, $input: VentureInput!) {
              updateVenture(id: $id, expectedVersion: 1, input: $input) { version }
            }
            """;
    private static final String TRAIL = """
            query Trail($id: ID!) {
              venture(id: $id) {
                name
                auditTrail(limit: 5) { actor action objectType objectId changes { field before after } }
                ownership { stakes { partner { name auditTrail(limit: 1) { action } } } }
              }
            }
            """;
    private static final String LIST = """
            query List($program: String) {
              ventures(filter: { program: $program }) { edges { node { name auditTrail { action } } } }
            }
            """;

    private static final String CREATE_AGREEMENT = """
            mutation Create($input: AgreementInput!) { createAgreement(input: $input) { id } }
            """;
    private static final String UPDATE_AGREEMENT = """
            mutation Update($id: ID!, $input: AgreementInput!) { updateAgreement(id: $id, expectedVersion: 1, input: $input) { version } }
            """;
    private static final String AGREEMENT_TRAIL = """
            query AgreementTrail($id: ID!) {
              agreement(id: $id) { name auditTrail(limit: 5) { actor action objectType objectId changes { field before after } } }
            }
            """;

    @Test
    void theAdminReadsWhoChangedWhatNewestFirstAndThePartnersTrailsBesideIt() {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String aker = Ventures.partnerId(Demo.AKER);
        String venture = Ventures.createOwnedWithPhase("Audit through gateway", "AuditGw", nscale, aker);
        GraphQL.as(KeycloakRealm.ADMIN).ok(UPDATE, vars("id", venture, "input", Map.of("name", "Audit renamed",
                "jurisdiction", "NO", "program", "AuditGw", "status", "ACTIVE")));

        JsonPath trail = GraphQL.as(KeycloakRealm.ADMIN).ok(TRAIL, vars("id", venture));

        assertThat(trail.getList("data.venture.auditTrail.action"))
                .containsExactly("updateVenture", "addFundingPhase", "setOwnership", "createVenture");
        assertThat(trail.getList("data.venture.auditTrail.actor")).containsOnly(KeycloakRealm.ADMIN);
        assertThat(trail.getList("data.venture.auditTrail[0].changes"))
                .contains(Map.of("field", "name", "before", "\"Audit through gateway\"", "after", "\"Audit renamed\""));
        assertThat(trail.getList("data.venture.ownership.stakes.partner.auditTrail")).hasSize(2).doesNotContainNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {KeycloakRealm.VIEWER, KeycloakRealm.EDITOR, KeycloakRealm.PARTNER})
    void anyoneButAnAdminGetsNullAndForbiddenAtEachTrailWithTheRestOfTheAnswer(String user) {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String aker = Ventures.partnerId(Demo.AKER);
        String venture = Ventures.createOwnedWithPhase("Audit hidden", "AuditGwHidden", nscale, aker);

        JsonPath answer = GraphQL.as(user).execute(TRAIL, vars("id", venture));

        assertThat(answer.getString("data.venture.name")).isEqualTo("Audit hidden");
        assertThat(answer.getString("data.venture.auditTrail")).isNull();
        assertThat(answer.getList("data.venture.ownership.stakes.partner.name")).hasSize(2).doesNotContainNull();
        assertThat(answer.getList("data.venture.ownership.stakes.partner.auditTrail")).containsExactly(null, null);
        assertThat(answer.getList("errors.extensions.code")).containsOnly("FORBIDDEN").hasSize(3);
        List<List<Object>> paths = answer.getList("errors.path");
        assertThat(paths).contains(List.of("venture", "auditTrail"),
                List.of("venture", "ownership", "stakes", 0, "partner", "auditTrail"),
                List.of("venture", "ownership", "stakes", 1, "partner", "auditTrail"));
        assertThat(answer.getMap("data.venture")).doesNotContainKey("_jvId");
    }

    @Test
    void theAdminReadsAnAgreementsOwnTrail() {
        String agreement = createAgreement("Audited deal");
        GraphQL.as(KeycloakRealm.ADMIN).ok(UPDATE_AGREEMENT, vars("id", agreement, "input", agreementInput("Audited deal renamed")));

        JsonPath trail = GraphQL.as(KeycloakRealm.ADMIN).ok(AGREEMENT_TRAIL, vars("id", agreement));

        assertThat(trail.getList("data.agreement.auditTrail.action")).containsExactly("updateAgreement", "createAgreement");
        assertThat(trail.getList("data.agreement.auditTrail.actor")).containsOnly(KeycloakRealm.ADMIN);
        assertThat(trail.getList("data.agreement.auditTrail.objectType")).containsOnly("CapacityAgreement");
        assertThat(trail.getList("data.agreement.auditTrail.objectId")).containsOnly(agreement);
        assertThat(trail.getList("data.agreement.auditTrail[0].changes"))
                .contains(Map.of("field", "name", "before", "\"Audited deal\"", "after", "\"Audited deal renamed\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {KeycloakRealm.VIEWER, KeycloakRealm.EDITOR})
    void anAgreementsTrailIsNullAndForbiddenForAnyoneButAnAdminWithTheRestOfTheAnswer(String user) {
        String agreement = createAgreement("Audited hidden deal");

        JsonPath answer = GraphQL.as(user).execute(AGREEMENT_TRAIL, vars("id", agreement));

        assertThat(answer.getString("data.agreement.name")).isEqualTo("Audited hidden deal");
        assertThat(answer.getString("data.agreement.auditTrail")).isNull();
        assertThat(answer.getList("errors.extensions.code")).containsExactly("FORBIDDEN");
        assertThat(answer.getList("errors.path")).containsExactly(List.of("agreement", "auditTrail"));
    }

    @Test
    void inAListEachVentureGetsItsOwnRefusal() {
        Ventures.create("Audit list A", "AuditGwList", "ACTIVE");
        Ventures.create("Audit list B", "AuditGwList", "ACTIVE");

        JsonPath answer = GraphQL.as(KeycloakRealm.VIEWER).execute(LIST, vars("program", "AuditGwList"));

        assertThat(answer.getList("data.ventures.edges.node.name")).containsExactly("Audit list A", "Audit list B");
        assertThat(answer.getList("errors.path")).containsExactly(List.of("ventures", "edges", 0, "node", "auditTrail"),
                List.of("ventures", "edges", 1, "node", "auditTrail"));
    }

    private static String createAgreement(String name) {
        return GraphQL.as(KeycloakRealm.ADMIN).ok(CREATE_AGREEMENT, vars("input", agreementInput(name)))
                .getString("data.createAgreement.id");
    }

    private static Map<String, Object> agreementInput(String name) {
        return Map.of("name", name, "status", "SIGNED", "capacityMw", "10",
                "parties", List.of(Map.of("partnerId", Ventures.partnerId(Demo.NSCALE), "role", "BUYER"),
                        Map.of("partnerId", Ventures.partnerId(Demo.ORACLE), "role", "PROVIDER")));
    }
}
