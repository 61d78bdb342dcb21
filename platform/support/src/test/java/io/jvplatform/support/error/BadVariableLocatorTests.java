package io.jvplatform.support.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.GraphQLContext;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which part of a refused variable is at fault: the first value, walked in declaration order, that does not fit. */
class BadVariableLocatorTests {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { ping: Int }
            type Mutation {
              setOwnership(ventureId: ID!, input: SetOwnershipInput!): Int
              tag(ids: [ID!]!, limit: Int): Int
            }
            enum Kind { DEVELOPER INVESTOR }
            input StakeInput { partnerId: ID! percentage: Float! }
            input SetOwnershipInput {
              basedOnVersion: Int!
              reason: String!
              kind: Kind
              stakes: [StakeInput!]!
              note: String = "none"
            }
            """), RuntimeWiring.MOCKED_WIRING);

    private static final String SET_OWNERSHIP = """
            mutation Set($venture: ID!, $input: SetOwnershipInput!) { setOwnership(ventureId: $venture, input: $input) }
            """;
    private static final String VALID = """
            {"basedOnVersion": 1, "reason": "founding", "kind": "DEVELOPER",
             "stakes": [{"partnerId": "p1", "percentage": 50}, {"partnerId": "p2", "percentage": 50}]}""";

    @Test
    void aValueThatFitsItsTypeHasNoLocation() throws Exception {
        assertThat(BadVariableLocator.locate(SCHEMA, SET_OWNERSHIP, null, "input", variables(VALID))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} expecting {2}")
    @CsvSource(delimiter = '|', value = {
            "kind not a value of the enum    | input.kind                   | Kind",
            "version not an integer          | input.basedOnVersion         | Int",
            "second stake's percentage text  | input.stakes[1].percentage   | Float",
            "stake without partner           | input.stakes[0].partnerId    | ",
            "reason missing                  | input.reason                 | ",
            "a field the input does not have | input.lei                    | a field of SetOwnershipInput",
            "stakes not a list of objects    | input.stakes[0]              | StakeInput"})
    void theFirstValueThatDoesNotFitIsNamedWithWhatWasExpected(String rule, String path, String expected) throws Exception {
        Map<String, Object> variables = variables(broken(rule));

        assertThat(BadVariableLocator.locate(SCHEMA, SET_OWNERSHIP, "Set", "input", variables))
                .contains(new BadVariableLocator.Location(path, expected));
    }

    @Test
    void aRequiredVariableThatIsAbsentIsAtItsOwnName() {
        assertThat(BadVariableLocator.locate(SCHEMA, SET_OWNERSHIP, null, "input", Map.of()))
                .contains(new BadVariableLocator.Location("input", null));
    }

    @Test
    void aFieldWithADefaultMayBeLeftOut() throws Exception {
        assertThat(BadVariableLocator.locate(SCHEMA, SET_OWNERSHIP, null, "input", variables(VALID))).isEmpty();
        assertThat(VALID).doesNotContain("note");
    }

    @Test
    void aSingleValueWhereAListIsDeclaredIsCheckedAsOneItem() {
        String query = "mutation($ids: [ID!]!) { tag(ids: $ids) }";

        assertThat(BadVariableLocator.locate(SCHEMA, query, null, "ids", Map.of("ids", "p1"))).isEmpty();
    }

    @Test
    void anItemOfAListIsNamedByItsIndex() {
        String query = "mutation($ids: [ID!]!) { tag(ids: $ids) }";
        Map<String, Object> variables = Map.of("ids", java.util.Arrays.asList("p1", null));

        assertThat(BadVariableLocator.locate(SCHEMA, query, null, "ids", variables))
                .contains(new BadVariableLocator.Location("ids[1]", null));
    }

    @Test
    void anOptionalVariableThatIsNullIsFine() {
        String query = "mutation($ids: [ID!]!, $limit: Int) { tag(ids: $ids, limit: $limit) }";
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("limit", null);

        assertThat(BadVariableLocator.locate(SCHEMA, query, null, "limit", variables)).isEmpty();
    }

    @Test
    void onlyTheNamedOperationOfADocumentIsRead() throws Exception {
        String two = """
                mutation Other($input: String) { tag(ids: []) }
                mutation Set($input: SetOwnershipInput!) { setOwnership(ventureId: "v", input: $input) }
                """;
        Map<String, Object> variables = variables(broken("kind not a value of the enum"));

        assertThat(BadVariableLocator.locate(SCHEMA, two, "Set", "input", variables))
                .contains(new BadVariableLocator.Location("input.kind", "Kind"));
        assertThat(BadVariableLocator.locate(SCHEMA, two, "Other", "input", variables))
                .as("read against Other's own declaration").contains(new BadVariableLocator.Location("input", "String"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{ not graphql", "mutation($input: Unknown!) { ping }", "mutation($input: Partner) { ping }"})
    void aDocumentThatCannotBeReadAgainHasNoLocation(String query) {
        assertThat(BadVariableLocator.locate(SCHEMA, query, null, "input", Map.of("input", "x"))).isEmpty();
    }

    @Test
    void aVariableTheOperationDoesNotDeclareHasNoLocation() throws Exception {
        assertThat(BadVariableLocator.locate(SCHEMA, SET_OWNERSHIP, null, "other", variables(VALID))).isEmpty();
    }

    @Test
    void aPathStartsAtTheArgumentTheVariableIsPassedTo() throws Exception {
        String query = "mutation($change: SetOwnershipInput!) { setOwnership(ventureId: \"v\", input: $change) }";
        Map<String, Object> variables = Map.of("change", variables(broken("kind not a value of the enum")).get("input"));

        assertThat(BadVariableLocator.locate(SCHEMA, query, null, "change", variables))
                .as("as our own checks name it").contains(new BadVariableLocator.Location("input.kind", "Kind"));
    }

    @Test
    void aVariableNoFieldArgumentReadsIsNamedByItself() {
        String query = "query($show: Boolean!) { ping @include(if: $show) }";

        assertThat(BadVariableLocator.locate(SCHEMA, query, null, "show", Map.of("show", "yes")))
                .contains(new BadVariableLocator.Location("show", "Boolean"));
    }

    @Test
    void theFirstBadValueOfAnyVariableIsFoundWhenNoneIsNamed() throws Exception {
        assertThat(BadVariableLocator.first(SCHEMA, SET_OWNERSHIP, "Set", variables(broken("version not an integer"))))
                .contains(new BadVariableLocator.Location("input.basedOnVersion", "Int"));
        assertThat(BadVariableLocator.first(SCHEMA, SET_OWNERSHIP, "Set", variables(VALID))).isEmpty();
        assertThat(BadVariableLocator.first(SCHEMA, "{ not graphql", null, Map.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "effectiveDate | 2025-13-45           | Date",
            "effectiveDate | yesterday            | Date",
            "effectiveDate | 2025-06-01T00:00:00Z | Date",
            "recordedAt    | 2025-06-01T00:00:00  | DateTime",
            "percentage    | abc                  | BigDecimal",
            "percentage    | 1,5                  | BigDecimal"})
    void aValueALenientScalarLetsThroughIsCheckedAsSmallRyeWillBindIt(String field, String value, String scalar) {
        Map<String, Object> change = new HashMap<>(Map.of("effectiveDate", "2025-07-31", "recordedAt", "2025-07-31T12:00:00Z",
                "percentage", "10.5"));
        change.put(field, value);
        String query = "mutation($change: TransferInput!) { transfer(input: $change) }";

        assertThat(BadVariableLocator.first(LENIENT, query, null, Map.of("change", change)))
                .contains(new BadVariableLocator.Location("input." + field, scalar));
        change.put(field, Map.of("effectiveDate", "2025-07-31", "recordedAt", "2025-07-31T12:00:00+02:00", "percentage", "-0.0001").get(field));
        assertThat(BadVariableLocator.first(LENIENT, query, null, Map.of("change", change))).isEmpty();
    }

    /** As SmallRye's own Date, DateTime and BigDecimal: any string passes graphql-java, the binding refuses it later. */
    private static final GraphQLSchema LENIENT = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            scalar Date
            scalar DateTime
            scalar BigDecimal
            type Query { ping: Int }
            type Mutation { transfer(input: TransferInput!): Int }
            input TransferInput { effectiveDate: Date! recordedAt: DateTime! percentage: BigDecimal! }
            """), RuntimeWiring.newRuntimeWiring().scalar(lenient("Date")).scalar(lenient("DateTime")).scalar(lenient("BigDecimal")).build());

    private static GraphQLScalarType lenient(String name) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
            @Override
            public Object serialize(Object value, GraphQLContext context, Locale locale) {
                return value;
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                return input;
            }
        }).build();
    }

    private static String broken(String rule) {
        return switch (rule.strip()) {
            case "kind not a value of the enum" -> VALID.replace("\"DEVELOPER\"", "\"SELLER\"");
            case "version not an integer" -> VALID.replace("\"basedOnVersion\": 1", "\"basedOnVersion\": \"one\"");
            case "second stake's percentage text" -> VALID.replace("\"p2\", \"percentage\": 50", "\"p2\", \"percentage\": \"half\"");
            case "stake without partner" -> VALID.replace("\"partnerId\": \"p1\", ", "");
            case "reason missing" -> VALID.replace("\"reason\": \"founding\", ", "");
            case "a field the input does not have" -> VALID.replace("{\"basedOnVersion\"", "{\"lei\": \"x\", \"basedOnVersion\"");
            case "stakes not a list of objects" -> VALID.replaceAll("\\[\\{.*}]", "[\"p1\"]");
            default -> throw new IllegalArgumentException(rule);
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(String input) throws Exception {
        return Map.of("venture", "v1", "input", new ObjectMapper().readValue(input, Map.class));
    }
}
