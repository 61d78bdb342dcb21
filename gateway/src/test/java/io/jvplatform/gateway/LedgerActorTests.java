package io.jvplatform.gateway;

import static io.jvplatform.gateway.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;

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
 * The ownership ledger says who made each change: the user whose token the gateway forwarded,
 * not the gateway and not a placeholder.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class LedgerActorTests {

    private static final String TRANSFER_STAKE = """
            mutation TransferStake($ventureId: ID!, $input: TransferStakeInput!) {
              transferStake(ventureId: $ventureId, input: $input) { ledgerVersion }
            }
            """;
    private static final String HISTORY = """
            query History($id: ID!) { venture(id: $id) { ownershipHistory { version type actor from { name } to { name } } } }
            """;

    @Test
    void aTransferByTheAdminNamesTheAdminInTheLedger() {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String aker = Ventures.partnerId(Demo.AKER);
        String ventureId = Ventures.createOwnedWithPhase("Audited venture", "Audit", nscale, aker);

        GraphQL.as(KeycloakRealm.ADMIN).ok(TRANSFER_STAKE, vars("ventureId", ventureId, "input", Map.of(
                "basedOnVersion", 1, "effectiveDate", "2025-09-01", "reason", "Audit transfer",
                "fromPartnerId", nscale, "toPartnerId", aker, "percentage", "5.0000")));

        JsonPath history = GraphQL.as(KeycloakRealm.VIEWER).ok(HISTORY, vars("id", ventureId));
        assertThat(history.getList("data.venture.ownershipHistory.type")).containsExactly("SET", "TRANSFER");
        assertThat(history.getString("data.venture.ownershipHistory[1].actor")).isEqualTo(KeycloakRealm.ADMIN);
        assertThat(history.getString("data.venture.ownershipHistory[1].from.name")).isEqualTo(Demo.NSCALE);
        assertThat(history.getString("data.venture.ownershipHistory[1].to.name")).isEqualTo(Demo.AKER);
    }
}
