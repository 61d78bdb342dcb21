package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.DownstreamCalls;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Ventures;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Who may do what (docs/design.md, "Access control"), for each demo user and for no token at all,
 * through the gateway against the real Keycloak and both real services. A refused write is
 * refused with the right code and no detail, and leaves the data as it was.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class AccessMatrixTests {

    /** The specification: what each caller gets for each operation ({@code ok} = allowed). */
    private static final String MATRIX = """
            operation        none             viewer     partner    editor     admin
            readVenture      UNAUTHENTICATED  ok         ok         ok         ok
            readPartner      UNAUTHENTICATED  ok         ok         ok         ok
            createVenture    UNAUTHENTICATED  FORBIDDEN  FORBIDDEN  ok         ok
            updatePhase      UNAUTHENTICATED  FORBIDDEN  FORBIDDEN  ok         ok
            setOwnership     UNAUTHENTICATED  FORBIDDEN  FORBIDDEN  FORBIDDEN  ok
            transferStake    UNAUTHENTICATED  FORBIDDEN  FORBIDDEN  FORBIDDEN  ok
            archivePartner   UNAUTHENTICATED  FORBIDDEN  FORBIDDEN  FORBIDDEN  ok
            """;
    private static final String ALLOWED = "ok";
    private static final String NO_TOKEN = "none";

    private static final String READ_VENTURE = """
            query ReadVenture($id: ID!) { venture(id: $id) { name } }
            """;
    private static final String READ_PARTNER = """
            query ReadPartner($id: ID!) { partner(id: $id) { name } }
            """;
    private static final String CREATE_VENTURE = """
            mutation CreateVenture($input: VentureInput!) { createVenture(input: $input) { id name } }
            """;
    private static final String VENTURES_NAMED = """
            query VenturesNamed($name: String!) { ventures(filter: {search: $name}) { totalCount } }
            """;
    private static final String UPDATE_PHASE = """
            mutation UpdatePhase($id: ID!, $expectedVersion: Int!, $input: FundingPhaseInput!) {
              updateFundingPhase(id: $id, expectedVersion: $expectedVersion, input: $input) { name }
            }
            """;
    private static final String PHASES = """
            query Phases($id: ID!) { venture(id: $id) { fundingPhases { id name version } } }
            """;
    private static final String SET_OWNERSHIP = """
            mutation SetOwnership($ventureId: ID!, $input: SetOwnershipInput!) {
              setOwnership(ventureId: $ventureId, input: $input) { ledgerVersion }
            }
            """;
    private static final String TRANSFER_STAKE = """
            mutation TransferStake($ventureId: ID!, $input: TransferStakeInput!) {
              transferStake(ventureId: $ventureId, input: $input) { ledgerVersion }
            }
            """;
    private static final String OWNERSHIP = """
            query Ownership($id: ID!) { venture(id: $id) { ownership { ledgerVersion stakes { percentage partner { name } } } } }
            """;
    private static final String CREATE_PARTNER = """
            mutation CreatePartner($input: PartnerInput!) { createPartner(input: $input) { id version } }
            """;
    private static final String ARCHIVE_PARTNER = """
            mutation ArchivePartner($id: ID!, $expectedVersion: Int!) { archivePartner(id: $id, expectedVersion: $expectedVersion) { archived } }
            """;
    private static final String PARTNER_STATE = """
            query PartnerState($id: ID!) { partner(id: $id) { archived version } }
            """;

    @Inject
    MeterRegistry registry;

    /** Downstream calls made by the attempt under test (not by its arrangement or read-back). */
    private long attemptCalls;

    static Stream<Arguments> matrix() {
        List<String> lines = MATRIX.lines().toList();
        List<String> callers = Arrays.asList(lines.get(0).trim().split("\\s+")).subList(1, 6);
        return lines.stream().skip(1).flatMap(line -> {
            String[] cells = line.trim().split("\\s+");
            return callers.stream().map(caller -> Arguments.of(caller, cells[0], cells[callers.indexOf(caller) + 1]));
        });
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("matrix")
    void eachCallerMayDoExactlyWhatItsRoleAllows(String caller, String operation, String expected) {
        GraphQL.Client client = NO_TOKEN.equals(caller) ? GraphQL.anonymous() : GraphQL.as(caller);
        switch (operation) {
            case "readVenture" -> readVenture(client, expected);
            case "readPartner" -> readPartner(client, expected);
            case "createVenture" -> createVenture(client, caller, expected);
            case "updatePhase" -> updatePhase(client, caller, expected);
            case "setOwnership" -> setOwnership(client, caller, expected);
            case "transferStake" -> transferStake(client, caller, expected);
            case "archivePartner" -> archivePartner(client, caller, expected);
            default -> throw new IllegalArgumentException("no such operation in the matrix: " + operation);
        }
    }

    private void readVenture(GraphQL.Client client, String expected) {
        // Stargate Norway: in the partner user's scope (Nscale holds a stake), so only the role decides
        JsonPath result = attempt(client, READ_VENTURE, vars("id", ventureId(Demo.STARGATE_NORWAY)));

        assertOutcome(result, "venture", expected);
        if (ALLOWED.equals(expected)) {
            assertThat(result.getString("data.venture.name")).isEqualTo(Demo.STARGATE_NORWAY);
        }
    }

    private void readPartner(GraphQL.Client client, String expected) {
        JsonPath result = attempt(client, READ_PARTNER, vars("id", Ventures.partnerId(Demo.AKER)));

        assertOutcome(result, "partner", expected);
        if (ALLOWED.equals(expected)) {
            assertThat(result.getString("data.partner.name")).isEqualTo(Demo.AKER);
        }
    }

    private void createVenture(GraphQL.Client client, String caller, String expected) {
        String name = "Matrix venture of " + caller;

        JsonPath result = attempt(client, CREATE_VENTURE, vars("input", Map.of("name", name, "jurisdiction", "NO",
                "program", "Matrix", "status", "ANNOUNCED")));

        assertOutcome(result, "createVenture", expected);
        int written = GraphQL.ok(VENTURES_NAMED, vars("name", name)).getInt("data.ventures.totalCount");
        assertThat(written).isEqualTo(ALLOWED.equals(expected) ? 1 : 0);
    }

    private void updatePhase(GraphQL.Client client, String caller, String expected) {
        String ventureId = Ventures.createOwnedWithPhase("Matrix phase of " + caller, "Matrix",
                Ventures.partnerId(Demo.NSCALE), Ventures.partnerId(Demo.AKER));
        JsonPath phase = GraphQL.ok(PHASES, vars("id", ventureId));
        String renamed = "Phase 1 renamed by " + caller;

        JsonPath result = attempt(client, UPDATE_PHASE, vars("id", phase.getString("data.venture.fundingPhases[0].id"),
                "expectedVersion", phase.getInt("data.venture.fundingPhases[0].version"),
                "input", Map.of("name", renamed, "ordinal", 1, "kind", "INITIAL", "status", "COMMITTED",
                        "capacityMw", "100", "committedCapital", Map.of("amount", "200000000.00", "currency", "USD"))));

        assertOutcome(result, "updateFundingPhase", expected);
        assertThat(GraphQL.ok(PHASES, vars("id", ventureId)).getString("data.venture.fundingPhases[0].name"))
                .isEqualTo(ALLOWED.equals(expected) ? renamed : "Phase 1");
    }

    private void setOwnership(GraphQL.Client client, String caller, String expected) {
        String ventureId = Ventures.create("Matrix ownership of " + caller, "Matrix", "ANNOUNCED");

        JsonPath result = attempt(client, SET_OWNERSHIP, vars("ventureId", ventureId, "input", Map.of(
                "basedOnVersion", 0, "effectiveDate", "2025-07-31", "reason", "Founding",
                "stakes", List.of(Map.of("partnerId", Ventures.partnerId(Demo.NSCALE), "percentage", "100.0000")))));

        assertOutcome(result, "setOwnership", expected);
        JsonPath ownership = GraphQL.ok(OWNERSHIP, vars("id", ventureId));
        assertThat(ownership.getInt("data.venture.ownership.ledgerVersion")).isEqualTo(ALLOWED.equals(expected) ? 1 : 0);
    }

    private void transferStake(GraphQL.Client client, String caller, String expected) {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String aker = Ventures.partnerId(Demo.AKER);
        String ventureId = Ventures.createOwnedWithPhase("Matrix transfer of " + caller, "Matrix", nscale, aker);

        JsonPath result = attempt(client, TRANSFER_STAKE, vars("ventureId", ventureId, "input", Map.of(
                "basedOnVersion", 1, "effectiveDate", "2025-09-01", "reason", "Matrix transfer",
                "fromPartnerId", nscale, "toPartnerId", aker, "percentage", "10.0000")));

        assertOutcome(result, "transferStake", expected);
        JsonPath ownership = GraphQL.ok(OWNERSHIP, vars("id", ventureId));
        if (ALLOWED.equals(expected)) {
            assertThat(ownership.getInt("data.venture.ownership.ledgerVersion")).isEqualTo(2);
        } else {
            assertThat(ownership.getInt("data.venture.ownership.ledgerVersion")).isEqualTo(1);
            assertThat(ownership.getList("data.venture.ownership.stakes.percentage").toString())
                    .isEqualTo("[50.0000, 50.0000]");
        }
    }

    private void archivePartner(GraphQL.Client client, String caller, String expected) {
        JsonPath created = GraphQL.ok(CREATE_PARTNER, vars("input", Map.of(
                "name", "Matrix partner " + caller + " " + UUID.randomUUID(), "country", "NO", "kind", "INVESTOR")));
        String id = created.getString("data.createPartner.id");

        JsonPath result = attempt(client, ARCHIVE_PARTNER, vars("id", id,
                "expectedVersion", created.getInt("data.createPartner.version")));

        assertOutcome(result, "archivePartner", expected);
        assertThat(GraphQL.ok(PARTNER_STATE, vars("id", id)).getBoolean("data.partner.archived"))
                .isEqualTo(ALLOWED.equals(expected));
    }

    private JsonPath attempt(GraphQL.Client client, String document, Map<String, Object> variables) {
        DownstreamCalls calls = new DownstreamCalls(registry);
        DownstreamCalls.Snapshot before = calls.snapshot();
        JsonPath result = client.execute(document, variables);
        attemptCalls = calls.snapshot().minus(before).total();
        return result;
    }

    private void assertOutcome(JsonPath result, String field, String expected) {
        if (ALLOWED.equals(expected)) {
            assertThat(result.getList("errors")).as("errors").isNull();
            assertThat((Object) result.get("data." + field)).isNotNull();
            return;
        }
        assertThat(result.getString("errors[0].extensions.code")).isEqualTo(expected);
        assertThat(result.getList("errors[0].path")).containsExactly(field);
        assertThat(attemptCalls).as("downstream calls of a refused request").isZero();
        assertThat((Object) result.get("data." + field)).isNull();
        // what the client learns is the code and a fixed sentence, never where or why inside
        assertThat(result.getString("errors[0].message")).isIn("Authentication required", "Your role does not allow this");
        assertThat(result.getMap("errors[0].extensions")).containsEntry("code", expected)
                .doesNotContainKeys("exception", "stackTrace", "stacktrace");
        assertThat(result.prettify()).doesNotContain("Exception");
    }

    private static String ventureId(String name) {
        return GraphQL.ok("""
                query VentureId($name: String!) { ventures(filter: {search: $name}, first: 5) { edges { node { id name } } } }
                """, vars("name", name)).getString("data.ventures.edges.find { it.node.name == '" + name + "' }.node.id");
    }
}
