package io.jvplatform.ventures.api;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/**
 * Money and percentages leave this service as decimal strings with their fixed scale, so no
 * client reads them as a binary double; they are accepted as strings or numbers.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class DecimalWireTests {

    private static final String PHASE = """
            query Phase($id: ID!) {
              venture(id: $id) {
                fundingPhases {
                  capacityMw committedCapital { amount } capitalPerMw { amount }
                  commitments { percentage amount { amount } }
                }
              }
            }
            """;

    private String venture;

    /** Three owners whose stakes do not divide 100 evenly, and a phase of USD 1 bn for 230 MW. */
    private String venture() {
        if (venture == null) {
            venture = Ventures.create("Thirds");
            List<String> owners = List.of(Partners.create("A"), Partners.create("B"), Partners.create("C"));
            Ventures.setOwnership(venture, Ventures.setInput(0, "2025-01-01", List.of(
                    Map.of("partnerId", owners.get(0), "percentage", "33.3334"),
                    Map.of("partnerId", owners.get(1), "percentage", 33.3333),
                    Map.of("partnerId", owners.get(2), "percentage", "33.3333"))));
            post(Ventures.ADD_PHASE, vars("ventureId", venture, "input", vars("name", "Phase 1", "ordinal", 1,
                    "kind", "INITIAL", "status", "COMMITTED", "capacityMw", "230",
                    "committedCapital", Map.of("amount", 1000000000, "currency", "USD"))))
                    .body("errors", nullValue());
        }
        return venture;
    }

    @Test
    void percentagesAreStringsWithFourPlacesWhateverTheInputLookedLike() {
        JsonPath read = Ventures.ownership(venture(), null);

        assertThat(read.getList("data.venture.ownership.stakes.percentage"))
                .containsExactly("33.3334", "33.3333", "33.3333");
        assertThat(read.getList("data.venture.ownershipHistory[0].stakes.percentage"))
                .containsExactly("33.3334", "33.3333", "33.3333");
    }

    @Test
    void moneyIsAStringWithTwoPlacesAndCapacityWithThree() {
        JsonPath read = json(post(PHASE, vars("id", venture())).body("errors", nullValue()));

        assertThat(read.getString("data.venture.fundingPhases[0].committedCapital.amount")).isEqualTo("1000000000.00");
        assertThat(read.getString("data.venture.fundingPhases[0].capitalPerMw.amount")).isEqualTo("4347826.09");
        assertThat(read.getString("data.venture.fundingPhases[0].capacityMw")).isEqualTo("230.000");
        assertThat(read.getList("data.venture.fundingPhases[0].commitments.amount.amount"))
                .as("the parts add up to the committed capital to the cent")
                .containsExactly("333334000.00", "333333000.00", "333333000.00");
        assertThat(read.getList("data.venture.fundingPhases[0].commitments.percentage"))
                .containsExactly("33.3334", "33.3333", "33.3333");
    }

    @Test
    void theRawAnswerHoldsNoJsonNumberForADecimal() {
        String body = post(PHASE, vars("id", venture())).extract().asString();

        assertThat(body).contains("\"capacityMw\":\"230.000\"").doesNotContain("\"amount\":1");
    }

    @ParameterizedTest(name = "[{index}] percentage {0}")
    @ValueSource(strings = {"abc", "", "50,5", "1e", "NaN", "fifty"})
    void aDecimalStringThatIsNoNumberIsRefusedWithTheField(String percentage) {
        String owner = Partners.create("D");
        JsonPath answer = json(post(Ventures.SET_OWNERSHIP, vars("ventureId", Ventures.create("Bad"), "input",
                Ventures.setInput(0, "2025-01-01", List.of(Map.of("partnerId", owner, "percentage", percentage))))));

        assertThat(answer.getString("errors[0].extensions.code")).as(answer.prettify()).isEqualTo("VALIDATION");
        assertThat(answer.getString("errors[0].extensions.field")).isEqualTo("input.stakes[0].percentage");
        assertThat(answer.getString("data.setOwnership")).isNull();
    }
}
