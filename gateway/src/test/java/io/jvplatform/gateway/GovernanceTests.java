package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Ventures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A venture's board and deadlock register through the gateway, with Keycloak's tokens: Stargate
 * Norway's equal stakes, equal seats and no casting vote are a HIGH deadlock risk; the seats'
 * partners are joined from partners-service; only admins govern.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class GovernanceTests {

    private static final String GOVERNANCE = """
            query Governance($filter: VentureFilter) {
              ventures(filter: $filter, first: 10) {
                edges { node {
                  name
                  governance {
                    asOf version seatParity stakeParity castingVote deadlockRisk deadlockMechanism mechanismNote
                    chair { id }
                    seats { holderName startDate endDate partner { name } }
                    seatsByPartner { seats partner { name } }
                    reservedMatters { title approval thresholdPercent above { amount currency } }
                  }
                } }
              }
            }
            """;
    private static final String GOVERNANCE_OF = """
            query GovernanceOf($id: ID!) { venture(id: $id) { governance { version deadlockMechanism reservedMatters { id title } } } }
            """;
    private static final String ADD_MATTER = """
            mutation Matter($ventureId: ID!, $input: ReservedMatterInput!) {
              addReservedMatter(ventureId: $ventureId, input: $input) { id title approval }
            }
            """;
    private static final String SET_MECHANISM = """
            mutation Mechanism($ventureId: ID!, $expectedVersion: Int!, $input: DeadlockMechanismInput!) {
              setDeadlockMechanism(ventureId: $ventureId, expectedVersion: $expectedVersion, input: $input) { version deadlockRisk }
            }
            """;
    private static final String ADD_SEAT = """
            mutation Seat($ventureId: ID!, $input: BoardSeatInput!) {
              addBoardSeat(ventureId: $ventureId, input: $input) { id partner { name } }
            }
            """;

    @Test
    void stargateNorwayHasEqualSeatsNoCastingVoteAndAHighDeadlockRisk() {
        JsonPath read = GraphQL.as(KeycloakRealm.VIEWER).ok(GOVERNANCE,
                vars("filter", Map.of("program", Demo.PROGRAM, "search", Demo.STARGATE_NORWAY)));

        String governance = "data.ventures.edges[0].node.governance";
        assertThat(read.getString("data.ventures.edges[0].node.name")).isEqualTo(Demo.STARGATE_NORWAY);
        assertThat(read.getBoolean(governance + ".stakeParity")).isTrue();
        assertThat(read.getBoolean(governance + ".seatParity")).isTrue();
        assertThat(read.getBoolean(governance + ".castingVote")).isFalse();
        assertThat(read.getString(governance + ".chair")).isNull();
        assertThat(read.getString(governance + ".deadlockRisk")).isEqualTo("HIGH");
        assertThat(read.getString(governance + ".deadlockMechanism")).isEqualTo("ESCALATION");
        assertThat(read.getList(governance + ".seats.partner.name"))
                .containsExactlyInAnyOrder(Demo.NSCALE, Demo.AKER, Demo.NSCALE, Demo.AKER);
        assertThat(read.getList(governance + ".seatsByPartner.partner.name")).containsExactlyInAnyOrder(Demo.NSCALE, Demo.AKER);
        assertThat(read.getList(governance + ".seatsByPartner.seats")).containsExactly(2, 2);
        assertThat(read.getList(governance + ".reservedMatters.title")).contains("Annual budget approval");
        assertThat(new BigDecimal(String.valueOf(read.getString(governance + ".reservedMatters[2].thresholdPercent"))))
                .isEqualByComparingTo("75");
    }

    @Test
    void beforeTheFoundingTheBoardHadNoSeatsAndNoParity() {
        JsonPath read = GraphQL.ok("""
                query Before($filter: VentureFilter) {
                  ventures(filter: $filter) { edges { node { governance(asOf: "2025-07-30") { seats { startDate } seatParity stakeParity deadlockRisk } } } }
                }
                """, vars("filter", Map.of("program", Demo.PROGRAM, "search", Demo.STARGATE_NORWAY)));

        String governance = "data.ventures.edges[0].node.governance";
        assertThat(read.getList(governance + ".seats")).isEmpty();
        assertThat(read.getBoolean(governance + ".stakeParity")).isFalse();
        assertThat(read.getString(governance + ".deadlockRisk")).isEqualTo("LOW");
    }

    @Test
    void anAdminGovernsThroughTheGatewayAndAStaleVersionIsAConflict() {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String venture = Ventures.createOwnedWithPhase("Governed through the gateway", "Governance", nscale,
                Ventures.partnerId(Demo.AKER));

        JsonPath seat = GraphQL.ok(ADD_SEAT, vars("ventureId", venture, "input", Map.of("partnerId", nscale, "startDate", "2025-07-31")));
        assertThat(seat.getString("data.addBoardSeat.partner.name")).isEqualTo(Demo.NSCALE);
        GraphQL.ok(ADD_MATTER, vars("ventureId", venture, "input", Map.of("title", "Budget", "approval", "UNANIMOUS")));
        JsonPath set = GraphQL.ok(SET_MECHANISM, vars("ventureId", venture, "expectedVersion", 0,
                "input", Map.of("mechanism", "INDEPENDENT_EXPERT")));
        assertThat(set.getInt("data.setDeadlockMechanism.version")).isEqualTo(1);
        assertThat(set.getString("data.setDeadlockMechanism.deadlockRisk")).isEqualTo("MEDIUM");

        JsonPath stale = GraphQL.execute(SET_MECHANISM, vars("ventureId", venture, "expectedVersion", 0,
                "input", Map.of("mechanism", "BUY_SELL")));
        assertThat(stale.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(stale.getString("errors[0].extensions.field")).isEqualTo("expectedVersion");

        JsonPath read = GraphQL.ok(GOVERNANCE_OF, vars("id", venture));
        assertThat(read.getString("data.venture.governance.deadlockMechanism")).isEqualTo("INDEPENDENT_EXPERT");
        assertThat(read.getList("data.venture.governance.reservedMatters.title")).containsExactly("Budget");
    }

    @Test
    void onlyAdminsGovernEveryoneElseIsRefusedAndNothingIsWritten() {
        String venture = Ventures.createOwnedWithPhase("Refused governance", "Governance", Ventures.partnerId(Demo.NSCALE),
                Ventures.partnerId(Demo.AKER));
        for (String user : List.of(KeycloakRealm.VIEWER, KeycloakRealm.PARTNER, KeycloakRealm.EDITOR)) {
            JsonPath refused = GraphQL.as(user).execute(ADD_MATTER, vars("ventureId", venture,
                    "input", Map.of("title", "Budget", "approval", "UNANIMOUS")));
            assertThat(refused.getString("errors[0].extensions.code")).as(user).isEqualTo("FORBIDDEN");
            JsonPath mechanism = GraphQL.as(user).execute(SET_MECHANISM, vars("ventureId", venture, "expectedVersion", 0,
                    "input", Map.of("mechanism", "BUY_SELL")));
            assertThat(mechanism.getString("errors[0].extensions.code")).as(user).isEqualTo("FORBIDDEN");
        }
        JsonPath anonymous = GraphQL.anonymous().execute(GOVERNANCE_OF, vars("id", venture));
        assertThat(anonymous.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");

        JsonPath read = GraphQL.ok(GOVERNANCE_OF, vars("id", venture));
        assertThat(read.getInt("data.venture.governance.version")).isZero();
        assertThat(read.getList("data.venture.governance.reservedMatters")).isEmpty();
    }
}
