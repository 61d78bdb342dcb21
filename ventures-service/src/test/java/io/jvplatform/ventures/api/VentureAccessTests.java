package io.jvplatform.ventures.api;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.postAs;
import static io.jvplatform.ventures.support.GraphQL.postWithHeader;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static io.jvplatform.ventures.support.Ventures.stake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * ventures-service checks every token itself, whoever calls it (docs/design.md, "Access control"):
 * reading needs any role, and a partner user reads only the ventures of its own partner;
 * ventures, participants and funding phases need editor or admin; ownership needs admin.
 * Tokens come from {@link TestIssuer}; the same rules against the real Keycloak are proven in
 * the gateway's tests.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class VentureAccessTests {

    private static final String COUNT = """
            query Count($program: String) { ventures(filter: {program: $program}) { totalCount items { id } } }
            """;
    private static final String VENTURE = "query V($id: ID!) { venture(id: $id) { id name } }";
    private static final String BY_IDS = "query B($ids: [ID!]!) { venturesByIds(ids: $ids) { id } }";
    private static final String OF_PARTNERS = """
            query O($ids: [ID!]!) { venturesOfPartners(partnerIds: $ids) { partnerId ventures { id } } }
            """;
    private static final String ENTITIES = """
            query E($representations: [_Any!]!) { _entities(representations: $representations) { ... on Venture { id } } }
            """;
    private static final String UPDATE = """
            mutation U($id: ID!, $input: VentureInput!) { updateVenture(id: $id, expectedVersion: 1, input: $input) { version } }
            """;
    private static final String ADD_PARTICIPANT = """
            mutation P($ventureId: ID!, $partnerId: ID!) {
              addParticipant(ventureId: $ventureId, partnerId: $partnerId, role: OFFTAKER) { id }
            }
            """;
    private static final Map<String, Object> PHASE = vars("name", "Phase 1", "ordinal", 1, "kind", "INITIAL", "status", "PLANNED",
            "committedCapital", vars("amount", "1000000000", "currency", "USD"), "capacityMw", "230");

    @Test
    void withoutATokenNothingIsReadOrWritten() {
        String program = Ventures.uniqueProgram();
        String venture = Ventures.create(Ventures.input("Anonymous target", program));

        // refused before GraphQL runs (service-support's jv-subgraph.properties), answered like a bad token
        assertRefused(postWithHeader(null, VENTURE, vars("id", venture)).statusCode(401), "UNAUTHENTICATED");
        assertRefused(postWithHeader(null, Ventures.CREATE, vars("input", Ventures.input("Anonymous", program))).statusCode(401),
                "UNAUTHENTICATED");

        assertThat(countIn(program)).isEqualTo(1);
    }

    /** Tampered signature, alg none, expired, another realm's issuer, another audience, garbage. */
    @ParameterizedTest
    @MethodSource("io.jvplatform.devstack.TestIssuer#refusedTokens")
    void aBadTokenIsRefusedWith401AndWritesNothing(String token) {
        String program = Ventures.uniqueProgram();

        ValidatableResponse response = postWithHeader("Bearer " + token, Ventures.CREATE,
                vars("input", Ventures.input("Bad token", program)));

        assertRefused(response.statusCode(401), "UNAUTHENTICATED");
        assertThat(countIn(program)).isZero();
    }

    @Test
    void viewersAndPartnerUsersChangeNothing() {
        String program = Ventures.uniqueProgram();
        String venture = Ventures.create(Ventures.input("Read only", program));
        String partner = Partners.create("Read-only partner");
        for (String user : List.of(KeycloakRealm.VIEWER, KeycloakRealm.PARTNER)) {
            assertRefused(postAs(user, Ventures.CREATE, vars("input", Ventures.input("By " + user, program))), "FORBIDDEN");
            assertRefused(postAs(user, UPDATE, vars("id", venture, "input", Ventures.input("Renamed by " + user, program))),
                    "FORBIDDEN");
            assertRefused(postAs(user, ADD_PARTICIPANT, vars("ventureId", venture, "partnerId", partner)), "FORBIDDEN");
            assertRefused(postAs(user, Ventures.ADD_PHASE, vars("ventureId", venture, "input", PHASE)), "FORBIDDEN");
            assertRefused(postAs(user, Ventures.SET_OWNERSHIP, vars("ventureId", venture,
                    "input", Ventures.setInput(0, "2025-01-01", List.of(stake(partner, "100"))))), "FORBIDDEN");
        }

        JsonPath read = json(post("query V($id: ID!) { venture(id: $id) { name version participants { role } fundingPhases { id } "
                + "ownership { ledgerVersion } } }", vars("id", venture)).body("errors", nullValue()));
        assertThat(read.getString("data.venture.name")).isEqualTo("Read only");
        assertThat(read.getInt("data.venture.version")).isEqualTo(1);
        assertThat(read.getList("data.venture.participants")).isEmpty();
        assertThat(read.getList("data.venture.fundingPhases")).isEmpty();
        assertThat(read.getInt("data.venture.ownership.ledgerVersion")).isZero();
        assertThat(countIn(program)).isEqualTo(1);
    }

    @Test
    void anEditorEditsVenturesButNotOwnership() {
        String program = Ventures.uniqueProgram();
        String nscale = Partners.create("Editor's Nscale");
        String aker = Partners.create("Editor's Aker");
        String venture = json(postAs(KeycloakRealm.EDITOR, Ventures.CREATE, vars("input", Ventures.input("Edited", program)))
                .body("errors", nullValue())).getString("data.createVenture.id");
        postAs(KeycloakRealm.EDITOR, Ventures.ADD_PHASE, vars("ventureId", venture, "input", PHASE)).body("errors", nullValue());
        Ventures.setOwnership(venture, Ventures.setInput(0, "2025-01-01", List.of(stake(nscale, "50"), stake(aker, "50"))));

        assertRefused(postAs(KeycloakRealm.EDITOR, Ventures.SET_OWNERSHIP, vars("ventureId", venture,
                "input", Ventures.setInput(1, "2025-02-01", List.of(stake(nscale, "100"))))), "FORBIDDEN");
        assertRefused(postAs(KeycloakRealm.EDITOR, Ventures.TRANSFER, vars("ventureId", venture,
                "input", Ventures.transferInput(1, "2025-02-01", nscale, aker, "10"))), "FORBIDDEN");

        assertThat(Ventures.ledgerVersion(venture)).isEqualTo(1);
        assertThat(Ventures.ownership(venture, null).getList("data.venture.ownershipHistory.actor"))
                .containsExactly(KeycloakRealm.ADMIN);
    }

    @Test
    void aPartnerUserReadsOnlyTheVenturesOfItsPartnerOnEveryPath() {
        String program = Ventures.uniqueProgram();
        String own = Partners.create("Scoped partner");
        String other = Partners.create("Other partner");
        String holding = Ventures.create(Ventures.input("Holds a stake", program));
        Ventures.setOwnership(holding, Ventures.setInput(0, "2025-01-01", List.of(stake(own, "50"), stake(other, "50"))));
        String offtaking = Ventures.create(Ventures.input("Has a role", program));
        post(ADD_PARTICIPANT, vars("ventureId", offtaking, "partnerId", own)).body("errors", nullValue());
        String foreign = Ventures.create(Ventures.input("Not involved", program));
        Ventures.setOwnership(foreign, Ventures.setInput(0, "2025-01-01", List.of(stake(other, "100"))));
        String partnerUser = "Bearer " + TestIssuer.token(KeycloakRealm.PARTNER, List.of(KeycloakRealm.PARTNER), own);

        JsonPath listed = json(postWithHeader(partnerUser, COUNT, vars("program", program)).statusCode(200));
        assertThat(listed.getInt("data.ventures.totalCount")).isEqualTo(2);
        assertThat(listed.getList("data.ventures.items.id")).containsExactlyInAnyOrder(holding, offtaking);

        postWithHeader(partnerUser, VENTURE, vars("id", holding)).statusCode(200).body("data.venture.id", equalTo(holding));
        postWithHeader(partnerUser, VENTURE, vars("id", foreign)).statusCode(200)
                .body("data.venture", nullValue())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));

        assertThat(ids(json(postWithHeader(partnerUser, BY_IDS, vars("ids", List.of(holding, foreign, offtaking))).statusCode(200))
                .getList("data.venturesByIds"))).containsExactly(holding, null, offtaking);
        assertThat(json(postWithHeader(partnerUser, OF_PARTNERS, vars("ids", List.of(other))).statusCode(200))
                .getList("data.venturesOfPartners[0].ventures.id")).containsExactly(holding);
        assertThat(json(postWithHeader(partnerUser, ENTITIES, vars("representations", List.of(
                vars("__typename", "Venture", "id", foreign), vars("__typename", "Venture", "id", holding)))).statusCode(200))
                .getList("data._entities")).containsExactly(null, Map.of("id", holding));
    }

    @Test
    void aPartnerUserWithoutAUsablePartnerSeesNoVentureAndOneWithAnUnscopedRoleTooSeesThemAll() {
        String program = Ventures.uniqueProgram();
        String owner = Partners.create("Owner");
        String venture = Ventures.create(Ventures.input("Owned", program));
        Ventures.setOwnership(venture, Ventures.setInput(0, "2025-01-01", List.of(stake(owner, "100"))));
        Ventures.create(Ventures.input("Unowned", program));

        String withoutPartner = "Bearer " + TestIssuer.token(KeycloakRealm.PARTNER, List.of(KeycloakRealm.PARTNER));
        String malformedPartner = "Bearer " + TestIssuer.token(KeycloakRealm.PARTNER, List.of(KeycloakRealm.PARTNER),
                owner.substring(0, 8));
        String alsoViewer = "Bearer " + TestIssuer.token(KeycloakRealm.PARTNER,
                List.of(KeycloakRealm.PARTNER, KeycloakRealm.VIEWER), owner);

        assertThat(json(postWithHeader(withoutPartner, COUNT, vars("program", program)).statusCode(200))
                .getInt("data.ventures.totalCount")).isZero();
        postWithHeader(withoutPartner, VENTURE, vars("id", venture)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        assertThat(json(postWithHeader(malformedPartner, COUNT, vars("program", program)).statusCode(200))
                .getInt("data.ventures.totalCount")).isZero();
        assertThat(json(postWithHeader(alsoViewer, COUNT, vars("program", program)).statusCode(200))
                .getInt("data.ventures.totalCount")).isEqualTo(2);
    }

    private static void assertRefused(ValidatableResponse response, String code) {
        response.body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", not(containsString("Exception")));
    }

    /** The ids of a list of ventures, null where the list holds null (JsonPath's {@code .id} would drop those). */
    private static List<Object> ids(List<Map<String, Object>> ventures) {
        return ventures.stream().map(venture -> venture == null ? null : venture.get("id")).toList();
    }

    private static int countIn(String program) {
        return json(post(COUNT, vars("program", program)).body("errors", nullValue())).getInt("data.ventures.totalCount");
    }
}
