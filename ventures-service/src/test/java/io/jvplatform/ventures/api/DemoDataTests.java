package io.jvplatform.ventures.api;

import io.jvplatform.devstack.DemoData;
import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.WarmUp;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/** devstack's demo data passes every rule of both services and reads back as docs/design.md ("Demo data") tells it. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class DemoDataTests {

    private static final String STARGATE = """
            query Stargate {
              ventures(filter: {program: "Stargate"}) {
                totalCount
                items {
                  name status jurisdiction ownershipApprovalRequired
                  site { name region country }
                  energy { renewableSharePercent source }
                  participants { role }
                  ownership { parity stakes { percentage } }
                  ownershipHistory { reason }
                  fundingPhases { name kind status capacityMw committedCapital { amount currency } commitments { amount { amount } } sources { title } }
                  totals { amount currency }
                }
              }
            }
            """;

    private static final String GOVERNANCE = """
            query Governance {
              ventures(filter: {program: "Stargate", search: "Stargate Norway"}) {
                items {
                  participants { role partner { id } }
                  governance {
                    seatParity stakeParity castingVote deadlockRisk deadlockMechanism mechanismNote
                    chair { id }
                    seatsByPartner { seats }
                    reservedMatters { title approval thresholdPercent above { amount currency } }
                  }
                }
              }
            }
            """;

    private static final String AGREEMENTS = """
            query Agreements($partnerId: ID!) {
              agreements(filter: {partnerId: $partnerId}) {
                totalCount items { name status capacityMw value { amount currency } parties { role } sources { title } }
              }
            }
            """;

    @Test
    void demoDataLoadsThroughTheMutationsAndOnlyOnce() {
        WarmUp.ensure();
        String ventures = ConfigProvider.getConfig().getValue("test.url", String.class);

        DemoData.load(Partners.url(), ventures, () -> TestIssuer.tokenFor(KeycloakRealm.ADMIN));
        DemoData.loadIfEmpty(Partners.url(), ventures, () -> TestIssuer.tokenFor(KeycloakRealm.ADMIN));

        JsonPath read = json(post(STARGATE, vars()).body("errors", nullValue()));
        assertThat(read.getInt("data.ventures.totalCount")).isEqualTo(3);
        assertThat(read.getList("data.ventures.items.name")).containsExactly("Stargate", "Stargate Norway", "Stargate UAE");

        String norway = "data.ventures.items[1]";
        assertThat(read.getString(norway + ".site.name")).isEqualTo("Narvik");
        assertThat(read.getObject(norway + ".energy.renewableSharePercent", BigDecimal.class)).isEqualByComparingTo("100");
        assertThat(read.getBoolean(norway + ".ownership.parity")).isTrue();
        assertThat(read.getBoolean(norway + ".ownershipApprovalRequired")).as("four eyes on Stargate Norway").isTrue();
        assertThat(read.getList(norway + ".participants.role")).containsExactlyInAnyOrder("BUILDER", "OPERATOR", "OFFTAKER");
        assertThat(read.getList(norway + ".fundingPhases.name")).containsExactly("Phase 1", "Expansion");
        assertThat(read.getList(norway + ".fundingPhases[0].sources")).hasSize(2);
        assertThat(read.getList(norway + ".fundingPhases[0].commitments.amount.amount", BigDecimal.class))
                .containsExactly(new BigDecimal("500000000.00"), new BigDecimal("500000000.00"));
        assertThat(read.getString(norway + ".fundingPhases[1].committedCapital")).isNull();
        assertThat(read.getList(norway + ".totals.amount", BigDecimal.class)).containsExactly(new BigDecimal("1000000000.00"));

        String us = "data.ventures.items[0]";
        assertThat(read.getString(us + ".status")).isEqualTo("STALLED");
        assertThat(read.getBoolean(us + ".ownershipApprovalRequired")).isFalse();
        assertThat(read.getString(us + ".ownershipHistory[0].reason")).contains("illustrative");
        String uae = "data.ventures.items[2]";
        assertThat(read.getList(uae + ".ownership.stakes")).isEmpty();
        assertThat(read.getList(uae + ".participants.role")).containsExactly("OFFTAKER");

        JsonPath governed = json(post(GOVERNANCE, vars()).body("errors", nullValue()));
        String board = "data.ventures.items[0].governance";
        assertThat(governed.getBoolean(board + ".seatParity")).isTrue();
        assertThat(governed.getBoolean(board + ".stakeParity")).isTrue();
        assertThat(governed.getBoolean(board + ".castingVote")).isFalse();
        assertThat(governed.getString(board + ".chair")).isNull();
        assertThat(governed.getString(board + ".deadlockRisk")).isEqualTo("HIGH");
        assertThat(governed.getString(board + ".deadlockMechanism")).isEqualTo("ESCALATION");
        assertThat(governed.getString(board + ".mechanismNote")).startsWith("Illustrative");
        assertThat(governed.getList(board + ".seatsByPartner.seats", Integer.class)).containsExactly(2, 2);
        assertThat(governed.getList(board + ".reservedMatters.title"))
                .containsExactly("Admission of a new partner", "Annual budget approval", "Capital call above USD 100 m");

        String openAi = governed.getString("data.ventures.items[0].participants.find { it.role == 'OFFTAKER' }.partner.id");
        JsonPath deals = json(post(AGREEMENTS, vars("partnerId", openAi)).body("errors", nullValue()));
        assertThat(deals.getInt("data.agreements.totalCount")).isEqualTo(2);
        assertThat(deals.getList("data.agreements.items.name"))
                .containsExactly("OpenAI–CoreWeave agreement", "OpenAI–Oracle capacity agreement");
        String coreWeave = "data.agreements.items[0]";
        assertThat(new BigDecimal(String.valueOf(deals.getString(coreWeave + ".value.amount")))).isEqualByComparingTo("11900000000");
        assertThat(deals.getString(coreWeave + ".capacityMw")).isNull();
        String oracle = "data.agreements.items[1]";
        assertThat(new BigDecimal(String.valueOf(deals.getString(oracle + ".capacityMw")))).isEqualByComparingTo("4500");
        assertThat(deals.getString(oracle + ".value")).isNull();
        assertThat(deals.getList(oracle + ".parties.role")).containsExactly("BUYER", "PROVIDER");
        assertThat(deals.getList(oracle + ".sources.title")).hasSize(1);
    }
}
