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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static io.jvplatform.ventures.support.Ventures.stake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class FundingApiTests {

    private static final BigDecimal ONE_BILLION = new BigDecimal("1000000000.00");

    private static final String PHASES = """
            query Phases($id: ID!) {
              venture(id: $id) {
                totals { amount currency }
                fundingPhases {
                  id name ordinal kind status version capacityMw
                  committedCapital { amount currency }
                  capitalPerMw { amount currency }
                  commitments { partner { id } percentage amount { amount currency } }
                  sources { title }
                }
              }
            }
            """;

    private static final String UPDATE = """
            mutation Update($id: ID!, $expectedVersion: Int!, $input: FundingPhaseInput!) {
              updateFundingPhase(id: $id, expectedVersion: $expectedVersion, input: $input) { id name status version }
            }
            """;

    private String first;
    private String second;
    private String third;

    private void partners() {
        if (first == null) {
            first = Partners.create("First owner");
            second = Partners.create("Second owner");
            third = Partners.create("Third owner");
        }
    }

    @Test
    void aBillionAtFiftyFiftyCommitsHalfABillionEach() {
        String venture = owned(List.of(stake(first(), "50"), stake(second, "50")));

        post(Ventures.ADD_PHASE, vars("ventureId", venture, "input", phase("Phase 1", 1, "COMMITTED", money("1000000000", "USD"), "230")))
                .body("errors", nullValue())
                .body("data.addFundingPhase.version", equalTo(1));

        JsonPath read = json(post(PHASES, vars("id", venture)).body("errors", nullValue()));
        assertThat(read.getString("data.venture.fundingPhases[0].name")).isEqualTo("Phase 1");
        assertThat(read.getObject("data.venture.fundingPhases[0].committedCapital.amount", BigDecimal.class)).isEqualByComparingTo(ONE_BILLION);
        assertThat(read.getList("data.venture.fundingPhases[0].commitments.amount.amount", BigDecimal.class))
                .containsExactly(new BigDecimal("500000000.00"), new BigDecimal("500000000.00"));
        assertThat(read.getList("data.venture.fundingPhases[0].commitments.amount.currency")).containsOnly("USD");
        assertThat(read.getObject("data.venture.fundingPhases[0].capitalPerMw.amount", BigDecimal.class)).isEqualByComparingTo("4347826.09");
        assertThat(read.getList("data.venture.fundingPhases[0].sources.title")).containsExactly("Report A", "Report B");
        assertThat(read.getList("data.venture.totals.amount", BigDecimal.class)).containsExactly(ONE_BILLION);
        assertThat(read.getList("data.venture.totals.currency")).containsExactly("USD");
    }

    @Test
    void aThreeWaySplitCommitsAmountsThatAddUpExactly() {
        String venture = owned(List.of(stake(first(), "33.3334"), stake(second, "33.3333"), stake(third, "33.3333")));

        JsonPath added = json(post(Ventures.ADD_PHASE, vars("ventureId", venture, "input",
                phase("Phase 1", 1, "COMMITTED", money("1000000000", "USD"), "230"))).body("errors", nullValue()));

        List<BigDecimal> amounts = added.getList("data.addFundingPhase.commitments.amount.amount", BigDecimal.class);
        assertThat(amounts).containsExactly(new BigDecimal("333334000.00"), new BigDecimal("333333000.00"), new BigDecimal("333333000.00"));
        assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(ONE_BILLION);
        assertThat(added.getString("data.addFundingPhase.commitments[0].partner.id")).isEqualTo(first);
    }

    @Test
    void anOddAmountIsSplitToTheCentWithoutLosingOne() {
        String venture = owned(List.of(stake(first(), "33.3334"), stake(second, "33.3333"), stake(third, "33.3333")));

        JsonPath added = json(post(Ventures.ADD_PHASE, vars("ventureId", venture, "input",
                phase("Odd", 1, "COMMITTED", money("100.01", "EUR"), null))).body("errors", nullValue()));

        List<BigDecimal> amounts = added.getList("data.addFundingPhase.commitments.amount.amount", BigDecimal.class);
        assertThat(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.01");
        assertThat(added.getString("data.addFundingPhase.capitalPerMw")).isNull();
    }

    @Test
    void anOptionWithoutCapitalHasNoCommitmentsAndCancelledPhasesDoNotCount() {
        String venture = owned(List.of(stake(first(), "50"), stake(second, "50")));
        post(Ventures.ADD_PHASE, vars("ventureId", venture, "input", phase("Phase 1", 1, "COMMITTED", money("1000000000", "USD"), "230")))
                .body("errors", nullValue());
        Map<String, Object> option = phase("Expansion", 2, "PLANNED", null, "290");
        option.put("kind", "OPTION");
        post(Ventures.ADD_PHASE, vars("ventureId", venture, "input", option)).body("errors", nullValue());
        post(Ventures.ADD_PHASE, vars("ventureId", venture, "input", phase("Abandoned", 3, "CANCELLED", money("5", "USD"), "1")))
                .body("errors", nullValue());
        post(Ventures.ADD_PHASE, vars("ventureId", venture, "input", phase("Euro part", 4, "PLANNED", money("7.50", "EUR"), null)))
                .body("errors", nullValue());

        JsonPath read = json(post(PHASES, vars("id", venture)));
        assertThat(read.getList("data.venture.fundingPhases.ordinal")).containsExactly(1, 2, 3, 4);
        assertThat(read.getString("data.venture.fundingPhases[1].committedCapital")).isNull();
        assertThat(read.getString("data.venture.fundingPhases[1].capitalPerMw")).isNull();
        assertThat(read.getList("data.venture.fundingPhases[1].commitments")).isEmpty();
        assertThat(read.getList("data.venture.totals.currency")).containsExactly("EUR", "USD");
        assertThat(read.getList("data.venture.totals.amount", BigDecimal.class))
                .containsExactly(new BigDecimal("7.50"), ONE_BILLION);
    }

    @Test
    void updateFundingPhaseChecksTheVersion() {
        String venture = owned(List.of(stake(first(), "100")));
        String phase = json(post(Ventures.ADD_PHASE, vars("ventureId", venture, "input",
                phase("Phase 1", 1, "PLANNED", money("10", "USD"), "1")))).getString("data.addFundingPhase.id");

        post(UPDATE, vars("id", phase, "expectedVersion", 1, "input", phase("Phase 1", 1, "UNDER_CONSTRUCTION", money("10", "USD"), "1")))
                .body("errors", nullValue())
                .body("data.updateFundingPhase.version", equalTo(2));
        post(UPDATE, vars("id", phase, "expectedVersion", 1, "input", phase("Lost update", 1, "CANCELLED", null, null)))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("expectedVersion"));

        JsonPath read = json(post(PHASES, vars("id", venture)));
        assertThat(read.getString("data.venture.fundingPhases[0].name")).isEqualTo("Phase 1");
        assertThat(read.getString("data.venture.fundingPhases[0].status")).isEqualTo("UNDER_CONSTRUCTION");
    }

    static Stream<Arguments> badPhases() {
        return Stream.of(
                Arguments.of("an unknown currency", phase("p", 1, "PLANNED", money("10", "ABC"), null), "VALIDATION", "input.committedCapital.currency"),
                Arguments.of("a lower-case currency", phase("p", 1, "PLANNED", money("10", "usd"), null), "VALIDATION", "input.committedCapital.currency"),
                Arguments.of("a zero amount", phase("p", 1, "PLANNED", money("0", "USD"), null), "VALIDATION", "input.committedCapital.amount"),
                Arguments.of("fractions of a cent", phase("p", 1, "PLANNED", money("1.001", "USD"), null), "VALIDATION", "input.committedCapital.amount"),
                Arguments.of("a negative capacity", phase("p", 1, "PLANNED", null, "-1"), "VALIDATION", "input.capacityMw"),
                Arguments.of("ordinal zero", phase("p", 0, "PLANNED", null, null), "VALIDATION", "input.ordinal"),
                Arguments.of("a 10,000-character name", phase("x".repeat(10_000), 1, "PLANNED", null, null), "VALIDATION", "input.name"),
                Arguments.of("a taken ordinal", phase("p", 1, "PLANNED", null, null), "CONFLICT", "input.ordinal"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPhases")
    void badFundingPhasesAreRefusedAndNothingIsWritten(String label, Map<String, Object> input, String code, String field) {
        String venture = owned(List.of(stake(first(), "100")));
        post(Ventures.ADD_PHASE, vars("ventureId", venture, "input", phase("Existing", 1, "PLANNED", null, null))).body("errors", nullValue());

        post(Ventures.ADD_PHASE, vars("ventureId", venture, "input", input.get("ordinal").equals(1) && "CONFLICT".equals(code) ? input : shifted(input)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.field", equalTo(field));

        assertThat(json(post(PHASES, vars("id", venture))).getList("data.venture.fundingPhases.name")).containsExactly("Existing");
    }

    /** Moves a bad phase off the ordinal the venture already uses, so only the intended rule fails. */
    private static Map<String, Object> shifted(Map<String, Object> input) {
        Map<String, Object> copy = vars();
        copy.putAll(input);
        if (copy.get("ordinal").equals(1)) {
            copy.put("ordinal", 2);
        }
        return copy;
    }

    private String first() {
        partners();
        return first;
    }

    private static String owned(List<Map<String, Object>> stakes) {
        String venture = Ventures.create("Funded venture");
        Ventures.setOwnership(venture, Ventures.setInput(0, "2025-07-31", stakes));
        return venture;
    }

    private static Map<String, Object> money(String amount, String currency) {
        return vars("amount", new BigDecimal(amount), "currency", currency);
    }

    private static Map<String, Object> phase(String name, int ordinal, String status, Map<String, Object> capital, String capacityMw) {
        return vars("name", name, "ordinal", ordinal, "kind", "INITIAL", "status", status, "committedCapital", capital,
                "capacityMw", capacityMw == null ? null : new BigDecimal(capacityMw), "targetDate", "2026-12-31",
                "sources", List.of(vars("title", "Report A"), vars("title", "Report B")));
    }
}
