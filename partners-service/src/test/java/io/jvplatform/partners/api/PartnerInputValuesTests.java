package io.jvplatform.partners.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.partners.support.FakeVenturesService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.jvplatform.partners.support.GraphQL.execute;
import static io.jvplatform.partners.support.GraphQL.executeRawBody;
import static io.jvplatform.partners.support.GraphQL.variables;
import static io.jvplatform.partners.support.Partners.CREATE_PARTNER;
import static io.jvplatform.partners.support.Partners.countNamed;
import static io.jvplatform.partners.support.Partners.create;
import static io.jvplatform.partners.support.Partners.input;
import static io.jvplatform.partners.support.Partners.uniqueName;
import static io.jvplatform.partners.support.Partners.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Values a careless or hostile client sends: text that cannot be stored or shown safely, and
 * values of the wrong type. Each is VALIDATION with the field's path and a short message that
 * names no Java or graphql-java class, and nothing is written.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partners"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(FakeVenturesService.class)
class PartnerInputValuesTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Words that would mean the answer leaks the implementation or echoes the input object. */
    private static final List<String> LEAKS = List.of("java.", "Exception", "Value{", "ObjectValue", "IntValue", "StringValue",
            "EnumValue", "smallrye", "graphql.", "PartnerInput{");

    static Stream<Arguments> unstorableText() {
        return Stream.of(
                arguments("name", "Nul\u0000byte", "input.name"),
                arguments("name", "Bell\u0007", "input.name"),
                arguments("name", "Escape\u001B[31m red", "input.name"),
                arguments("name", "Two\nlines", "input.name"),
                arguments("name", "Lone \uD800 high surrogate", "input.name"),
                arguments("name", "Lone \uDC00 low surrogate", "input.name"),
                arguments("legalName", "Legal\u0000", "input.legalName"),
                arguments("legalName", "Tab\tinside", "input.legalName"),
                arguments("lei", "5299\u0000", "input.lei"),
                arguments("website", "https://example.com/\u0000", "input.website"),
                arguments("description", "NUL in a description \u0000", "input.description"),
                arguments("description", "Delete \u007F character", "input.description"),
                arguments("description", "C1 control \u0085 next line", "input.description"),
                arguments("description", "Surrogate \uD83D alone", "input.description"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("unstorableText")
    void textThatCannotBeStoredOrShownSafelyIsRefusedWithItsField(String field, String value, String path) throws Exception {
        String marker = uniqueName("Unstorable");
        Map<String, Object> input = with(input("Unstorable"), "name", marker);
        input.put(field, field.equals("name") ? marker + " " + value : value);

        ValidatableResponse response = executeRawBody(body(CREATE_PARTNER, Map.of("input", input)));

        assertRefused(response, "VALIDATION", path);
        response.body("data", nullValue());
        assertThat(countNamed(marker)).isZero();
    }

    @Test
    void aDescriptionMaySpanLinesAndHoldAnyUnicode() {
        Map<String, Object> input = with(input("Multi-line"), "description", "Line one\r\nLine two\twith a tab — Ærø, 数据, \uD83D\uDE80");

        Map<String, Object> created = create(input);

        assertThat(created).containsEntry("description", input.get("description"));
    }

    @Test
    void aSearchWithAControlCharacterIsRefused() throws Exception {
        assertRefused(executeRawBody(body("""
                query Search($search: String) { partners(filter: { search: $search }) { totalCount } }
                """, Map.of("search", "Aker\u0000"))), "VALIDATION", "filter.search");
    }

    static Stream<Arguments> malformedVariables() {
        String update = """
                mutation Update($id: ID!, $expectedVersion: Int!, $input: PartnerInput!) {
                  updatePartner(id: $id, expectedVersion: $expectedVersion, input: $input) { id }
                }
                """;
        String search = """
                query Search($filter: PartnerFilter, $limit: Int) { partners(filter: $filter, limit: $limit) { totalCount } }
                """;
        return Stream.of(
                arguments("an unknown enum value", CREATE_PARTNER, Map.of("input", with(input("Bad kind"), "kind", "BANANA")), "input.kind"),
                arguments("a number for an enum", CREATE_PARTNER, Map.of("input", with(input("Numeric kind"), "kind", 5)), "input.kind"),
                arguments("an object for a string", CREATE_PARTNER, Map.of("input", with(input("Object name"), "name", Map.of("a", 1))), "input.name"),
                arguments("a list for a string", CREATE_PARTNER, Map.of("input", with(input("List country"), "country", List.of("NO"))), "input.country"),
                arguments("a missing required field", CREATE_PARTNER, Map.of("input", without(input("No country"), "country")), "input.country"),
                arguments("a string for the input object", CREATE_PARTNER, Map.of("input", "not an object"), "input"),
                arguments("a word for an Int", update, Map.of("id", "3f6c2a9e-6b1d-4c57-9a0e-5d2f7b8c1a01", "expectedVersion", "abc",
                        "input", input("Bad version")), "expectedVersion"),
                arguments("a word for a Boolean in a filter", search, Map.of("filter", Map.of("includeArchived", "yes")), "filter.includeArchived"),
                arguments("an unknown enum value in a filter", search, Map.of("filter", Map.of("kind", "NOPE")), "filter.kind"),
                arguments("a fraction for an Int", search, Map.of("limit", 1.5), "limit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedVariables")
    void aMalformedValueIsValidationWithItsFieldAndAShortMessage(String what, String document, Map<String, Object> variables,
                                                                 String path) {
        ValidatableResponse response = execute(document, variables);

        assertRefused(response, "VALIDATION", path);
        assertThat(response.extract().jsonPath().getString("errors[0].message")).hasSizeLessThan(120);
    }

    static Stream<Arguments> malformedLiterals() {
        return Stream.of(
                arguments("a number for a string", "createPartner(input: {name: 5, country: \"NO\", kind: INDUSTRIAL})", "input.name"),
                arguments("an unknown enum value", "createPartner(input: {name: \"Literal\", country: \"NO\", kind: BANANA})", "input.kind"),
                arguments("a missing required field", "createPartner(input: {name: \"Literal\", kind: INDUSTRIAL})", "input.country"),
                arguments("a field the input does not have", "createPartner(input: {name: \"Literal\", country: \"NO\", kind: INDUSTRIAL, ceo: \"x\"})",
                        "input.ceo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedLiterals")
    void aMalformedLiteralIsValidationWithItsField(String what, String call, String path) {
        ValidatableResponse response = execute("mutation { " + call + " { id } }", Map.of());

        assertRefused(response, "VALIDATION", path);
        assertThat(countNamed("Literal")).isZero();
    }

    private static void assertRefused(ValidatableResponse response, String code, String field) {
        response.body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.field", equalTo(field));
        assertNoLeak(response);
    }

    private static void assertNoLeak(ValidatableResponse response) {
        String answer = response.extract().asString();
        assertThat(answer).doesNotContain(LEAKS).doesNotContain("classification");
    }

    /** JSON whose lone surrogates stay escapes: a String with one cannot be encoded as UTF-8. */
    private static String body(String query, Map<String, Object> variables) throws Exception {
        String json = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        StringBuilder escaped = new StringBuilder(json.length());
        for (char c : json.toCharArray()) {
            if (Character.isSurrogate(c) || c > 0x7e) {
                escaped.append(String.format("\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static Map<String, Object> without(Map<String, Object> input, String field) {
        Map<String, Object> changed = new java.util.HashMap<>(input);
        changed.remove(field);
        return changed;
    }
}
