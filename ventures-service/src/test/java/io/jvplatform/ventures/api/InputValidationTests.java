package io.jvplatform.ventures.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.postBody;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static io.jvplatform.ventures.support.Ventures.stake;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9.4: text that cannot be stored or shown (NUL, control characters, lone surrogates) and
 * malformed scalars inside input objects are VALIDATION with the field, never a "System error",
 * with a short message that names no Java type, and nothing is written.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class InputValidationTests {

    /** Replaced in the JSON text by the escape of a lone high surrogate, which no Java map serialises. */
    private static final String LONE_SURROGATE = "@@LONE_SURROGATE@@";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CREATE_WITH_OWNERSHIP = """
            mutation Create($input: VentureInput!) { createVenture(input: $input) { id } }
            """;

    private String nscale;
    private String aker;

    private void partners() {
        if (nscale == null) {
            nscale = Partners.create("Nscale");
            aker = Partners.create("Aker");
        }
    }

    static Stream<Arguments> badVentureInputs() {
        return Stream.of(
                row("a NUL byte in the name", "input.name", v -> v.put("name", "Stargate\u0000Norway")),
                row("a bell character in the name", "input.name", v -> v.put("name", "Stargate\u0007")),
                row("an escape sequence in the name", "input.name", v -> v.put("name", "\u001b[31mred")),
                row("a lone surrogate in the name", "input.name", v -> v.put("name", "Star" + LONE_SURROGATE + "gate")),
                row("a NUL byte in the legal name", "input.legalName", v -> v.put("legalName", "Stargate\u0000 AS")),
                row("a NUL byte in the description", "input.description", v -> v.put("description", "line\u0000")),
                row("a lone surrogate in the description", "input.description", v -> v.put("description", "x" + LONE_SURROGATE)),
                row("a vertical tab in the description", "input.description", v -> v.put("description", "a\u000bb")),
                row("a NUL byte in the program", "input.program", v -> v.put("program", "test\u0000")),
                row("a tab in the cooling (single-line)", "input.cooling", v -> v.put("cooling", "closed\tloop")),
                row("a NUL byte in the site name", "input.site.name", v -> v.put("site", Map.of("name", "Kvan\u0000dal"))),
                row("a newline in the site region", "input.site.region", v -> v.put("site", Map.of("region", "Nord\nland"))),
                row("a lone surrogate in the energy source", "input.energy.source",
                        v -> v.put("energy", Map.of("source", LONE_SURROGATE + "hydro"))),
                row("a NUL byte in a source title", "input.sources[0].title",
                        v -> v.put("sources", List.of(Map.of("title", "Press\u0000release")))),
                row("a control character in a source URL", "input.sources[0].url",
                        v -> v.put("sources", List.of(Map.of("title", "Press", "url", "https://example.com/\u0001")))),
                row("a malformed announced date", "input.announcedDate", v -> v.put("announcedDate", "2025-13-45")),
                row("a date-time as announced date", "input.announcedDate", v -> v.put("announcedDate", "2025-06-01T00:00:00Z")),
                row("a word as announced date", "input.announcedDate", v -> v.put("announcedDate", "yesterday")),
                row("a malformed source date", "input.sources[0].date",
                        v -> v.put("sources", List.of(Map.of("title", "Press", "date", "2025-02-30")))),
                row("a word as renewable share", "input.energy.renewableSharePercent",
                        v -> v.put("energy", Map.of("renewableSharePercent", "abc"))),
                row("an unknown status", "input.status", v -> v.put("status", "BANKRUPT")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badVentureInputs")
    void aBadVentureInputIsRefusedWithItsFieldAndNothingIsWritten(String label, String field, Consumer<Map<String, Object>> spoil) {
        String program = Ventures.uniqueProgram();
        Map<String, Object> input = new LinkedHashMap<>(Ventures.input("Clean name", program));
        spoil.accept(input);

        JsonPath answer = send(CREATE_WITH_OWNERSHIP, vars("input", input));

        assertRefused(answer, field);
        assertThat(json(post("""
                query Count($filter: VentureFilter) { ventures(filter: $filter) { totalCount } }
                """, vars("filter", Map.of("program", program)))).getInt("data.ventures.totalCount")).isZero();
    }

    static Stream<Arguments> badOwnershipInputs() {
        return Stream.of(
                Arguments.of("a NUL byte in the reason", "input.reason", (Consumer<Map<String, Object>>) i -> i.put("reason", "sale\u0000")),
                Arguments.of("a lone surrogate in the reason", "input.reason",
                        (Consumer<Map<String, Object>>) i -> i.put("reason", "sale " + LONE_SURROGATE)),
                Arguments.of("a word as a percentage", "input.stakes[1].percentage",
                        (Consumer<Map<String, Object>>) i -> ((List<Map<String, Object>>) i.get("stakes")).get(1).put("percentage", "abc")),
                Arguments.of("an impossible effective date", "input.effectiveDate",
                        (Consumer<Map<String, Object>>) i -> i.put("effectiveDate", "2025-13-45")),
                Arguments.of("a date-time as effective date", "input.effectiveDate",
                        (Consumer<Map<String, Object>>) i -> i.put("effectiveDate", "2025-06-01T00:00:00Z")),
                Arguments.of("text as the based-on version", "input.basedOnVersion",
                        (Consumer<Map<String, Object>>) i -> i.put("basedOnVersion", "one")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOwnershipInputs")
    void aBadCapTableInputIsRefusedWithItsFieldAndNothingIsWritten(String label, String field, Consumer<Map<String, Object>> spoil) {
        partners();
        String venture = Ventures.create("Bad ownership input");
        Map<String, Object> input = Ventures.setInput(0, "2025-07-31",
                List.of(new LinkedHashMap<>(stake(nscale, "50")), new LinkedHashMap<>(stake(aker, "50"))));
        spoil.accept(input);

        assertRefused(send(Ventures.SET_OWNERSHIP, vars("ventureId", venture, "input", input)), field);
        assertThat(Ventures.ownership(venture, null).getList("data.venture.ownershipHistory")).isEmpty();
    }

    static Stream<Arguments> badPhaseInputs() {
        return Stream.of(
                Arguments.of("a NUL byte in the name", "input.name", (Consumer<Map<String, Object>>) p -> p.put("name", "Phase\u0000")),
                Arguments.of("a word as target date", "input.targetDate", (Consumer<Map<String, Object>>) p -> p.put("targetDate", "yesterday")),
                Arguments.of("a word as capacity", "input.capacityMw", (Consumer<Map<String, Object>>) p -> p.put("capacityMw", "lots")),
                Arguments.of("a word as committed amount", "input.committedCapital.amount",
                        (Consumer<Map<String, Object>>) p -> p.put("committedCapital", Map.of("amount", "a billion", "currency", "USD"))),
                Arguments.of("a lone surrogate in a source title", "input.sources[0].title",
                        (Consumer<Map<String, Object>>) p -> p.put("sources", List.of(Map.of("title", LONE_SURROGATE)))),
                Arguments.of("text as ordinal", "input.ordinal", (Consumer<Map<String, Object>>) p -> p.put("ordinal", "first")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPhaseInputs")
    void aBadFundingPhaseInputIsRefusedWithItsFieldAndNothingIsWritten(String label, String field, Consumer<Map<String, Object>> spoil) {
        String venture = Ventures.create("Bad phase input");
        Map<String, Object> phase = vars("name", "Phase 1", "ordinal", 1, "kind", "INITIAL", "status", "PLANNED");
        spoil.accept(phase);

        assertRefused(send(Ventures.ADD_PHASE, vars("ventureId", venture, "input", phase)), field);
        assertThat(json(post("query P($id: ID!) { venture(id: $id) { fundingPhases { id } } }", vars("id", venture)))
                .getList("data.venture.fundingPhases")).isEmpty();
    }

    private static Arguments row(String label, String field, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(label, field, spoil);
    }

    private static JsonPath send(String query, Map<String, Object> variables) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
            return json(postBody(body.replace(LONE_SURROGATE, "\\ud800")));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertRefused(JsonPath answer, String field) {
        assertThat(answer.getList("errors")).as(answer.prettify()).hasSize(1);
        assertThat(answer.getString("errors[0].extensions.code")).as(answer.prettify()).isEqualTo("VALIDATION");
        assertThat(answer.getString("errors[0].extensions.field")).as(answer.prettify()).isEqualTo(field);
        assertThat(answer.getString("errors[0].message")).as("a short message naming no Java type")
                .hasSizeLessThan(200)
                .doesNotContainIgnoringCase("java").doesNotContain("LocalDate").doesNotContain("BigDecimal")
                .doesNotContain("Exception");
        assertThat(answer.getString("errors[0].extensions.classification")).isNull();
        assertThat(answer.get("data.createVenture") == null && answer.get("data.setOwnership") == null
                && answer.get("data.addFundingPhase") == null).isTrue();
    }
}
