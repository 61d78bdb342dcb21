package io.jvplatform.ventures.api.execution;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.Coercing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed input values named by their field, with a short message and no Java type: the walk
 * over a refused request's variables, checked as strictly as SmallRye's binding will check them.
 */
class InputErrorsTests {

    private static final GraphQLSchema SCHEMA = schema(lenient("BigDecimal"));
    /** With a BigDecimal that graphql-java itself refuses, so that the request fails before any resolver. */
    private static final GraphQLSchema STRICT = schema(strict("BigDecimal"));

    private static GraphQLSchema schema(GraphQLScalarType decimal) {
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            scalar Date
            scalar BigDecimal
            type Query { ping: Int }
            type Mutation {
              transferStake(ventureId: ID!, input: TransferStakeInput!): Int
              addFundingPhase(ventureId: ID!, input: FundingPhaseInput!): Int
            }
            enum FundingPhaseKind { INITIAL EXPANSION OPTION }
            input TransferStakeInput { basedOnVersion: Int! effectiveDate: Date! percentage: BigDecimal! reason: String! }
            input FundingPhaseInput { name: String! kind: FundingPhaseKind! ordinal: Int! targetDate: Date sources: [SourceInput!] }
            input SourceInput { title: String! date: Date }
            """), RuntimeWiring.newRuntimeWiring()
            .scalar(lenient("Date")).scalar(decimal).build());
    }

    private static final String TRANSFER = "mutation($venture: ID!, $change: TransferStakeInput!) { transferStake(ventureId: $venture, input: $change) }";
    private static final String PHASE = "mutation($venture: ID!, $phase: FundingPhaseInput!) { addFundingPhase(ventureId: $venture, input: $phase) }";

    @ParameterizedTest(name = "{0} = {1}: {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "effectiveDate  | 2025-13-45 | input.effectiveDate  | must be a date (YYYY-MM-DD)",
            "effectiveDate  | yesterday  | input.effectiveDate  | must be a date (YYYY-MM-DD)",
            "percentage     | abc        | input.percentage     | must be a decimal number",
            "percentage     | 1,5        | input.percentage     | must be a decimal number"})
    void aMalformedValueInAVariableIsNamedByTheArgumentItIsPassedTo(String field, String value, String path, String expectation) {
        Map<String, Object> change = transfer();
        change.put(field, value);

        assertThat(InputErrors.badVariable(input(TRANSFER, Map.of("venture", "v1", "change", change)), SCHEMA))
                .contains(new InputErrors.BadValue(path, expectation));
    }

    @Test
    void aWellFormedRequestHasNoBadValue() {
        assertThat(InputErrors.badVariable(input(TRANSFER, Map.of("venture", "v1", "change", transfer())), SCHEMA)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an integer with a fraction | ordinal | 1.5     | input.ordinal | must be an integer",
            "an enum value it lacks     | kind    | SELLER  | input.kind    | is not one of the allowed values"})
    void integersAndEnumsAreCheckedAsSmallRyeWillBindThem(String rule, String field, Object value, String path, String expectation) {
        Map<String, Object> phase = phase();
        phase.put(field, "ordinal".equals(field) ? 1.5 : value);

        assertThat(InputErrors.badVariable(input(PHASE, Map.of("venture", "v1", "phase", phase)), SCHEMA))
                .contains(new InputErrors.BadValue(path, expectation));
    }

    @Test
    void aValueInsideAListIsNamedByItsIndex() {
        Map<String, Object> phase = phase();
        phase.put("sources", List.of(Map.of("title", "ok", "date", "2025-07-31"), Map.of("title", "bad", "date", "31.07.2025")));

        assertThat(InputErrors.badVariable(input(PHASE, Map.of("venture", "v1", "phase", phase)), SCHEMA))
                .contains(new InputErrors.BadValue("input.sources[1].date", "must be a date (YYYY-MM-DD)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a required value left out  | reason | input.reason | is required",
            "a field the input lacks    | lei    | input.lei    | is not a field of TransferStakeInput"})
    void aMissingOrUnknownFieldIsNamedToo(String rule, String field, String path, String expectation) {
        Map<String, Object> change = transfer();
        if (change.remove(field) == null) {
            change.put(field, "x");
        }

        assertThat(InputErrors.badVariable(input(TRANSFER, Map.of("venture", "v1", "change", change)), SCHEMA))
                .contains(new InputErrors.BadValue(path, expectation));
    }

    @Test
    void aScalarWhereAnObjectIsDeclaredMustBeAnObject() {
        assertThat(InputErrors.badVariable(input(PHASE, Map.of("venture", "v1", "phase", "Phase 1")), SCHEMA))
                .contains(new InputErrors.BadValue("input", "must be an object"));
    }

    @Test
    void aDocumentThatDoesNotParseHasNoBadValue() {
        assertThat(InputErrors.badVariable(input("mutation(", Map.of()), SCHEMA)).isEmpty();
    }

    @Test
    void onlyTheNamedOperationIsWalked() {
        String two = "mutation A($change: TransferStakeInput!) { transferStake(ventureId: \"v\", input: $change) }\n"
                + "mutation B($venture: ID!) { transferStake(ventureId: $venture, input: {basedOnVersion: 1, effectiveDate: \"2025-01-01\", percentage: 1, reason: \"r\"}) }";
        Map<String, Object> change = transfer();
        change.put("percentage", "abc");
        Map<String, Object> variables = Map.of("venture", "v1", "change", change);

        assertThat(InputErrors.badVariable(ExecutionInput.newExecutionInput(two).operationName("B").variables(variables).build(), SCHEMA)).isEmpty();
        assertThat(InputErrors.badVariable(ExecutionInput.newExecutionInput(two).operationName("A").variables(variables).build(), SCHEMA))
                .contains(new InputErrors.BadValue("input.percentage", "must be a decimal number"));
    }

    @Test
    void theRefusalIsValidationWithTheFieldAndNoClassification() {
        Map<String, Object> change = transfer();
        change.put("percentage", "abc");
        GraphQL engine = new InputErrorReporting().beforeGraphQLBuild(GraphQL.newGraphQL(STRICT)).build();

        List<GraphQLError> errors = engine.execute(input(TRANSFER, Map.of("venture", "v1", "change", change))).getErrors();

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).isEqualTo("input.percentage must be a decimal number");
            assertThat(error.toSpecification()).extractingByKey("extensions")
                    .isEqualTo(Map.of("code", "VALIDATION", "field", "input.percentage"));
            assertThat(error.toSpecification()).doesNotContainKey("classification");
        });
    }

    @Test
    void anErrorOfAnotherKindIsLeftAsItIs() {
        GraphQL engine = new InputErrorReporting().beforeGraphQLBuild(GraphQL.newGraphQL(SCHEMA)).build();

        List<GraphQLError> errors = engine.execute("{ unknown }").getErrors();

        assertThat(errors).singleElement().satisfies(error -> assertThat(error.getMessage()).contains("unknown"));
    }

    /** As SmallRye's own Date and BigDecimal scalars: any string passes graphql-java, the binding refuses it later. */
    private static GraphQLScalarType lenient(String name) {
        return scalar(name, input -> input);
    }

    private static GraphQLScalarType strict(String name) {
        return scalar(name, input -> {
            try {
                return new java.math.BigDecimal(input.toString());
            } catch (NumberFormatException e) {
                throw new graphql.schema.CoercingParseValueException("not a java.math.BigDecimal: " + input);
            }
        });
    }

    private static GraphQLScalarType scalar(String name, java.util.function.UnaryOperator<Object> parse) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, Object>() {
            @Override
            @SuppressWarnings("deprecation")
            public Object serialize(Object value) {
                return value;
            }

            @Override
            @SuppressWarnings("deprecation")
            public Object parseValue(Object input) {
                return parse.apply(input);
            }

            @Override
            @SuppressWarnings("deprecation")
            public Object parseLiteral(Object input) {
                return input;
            }
        }).build();
    }

    private static Map<String, Object> transfer() {
        Map<String, Object> change = new HashMap<>();
        change.put("basedOnVersion", 1);
        change.put("effectiveDate", "2025-07-31");
        change.put("percentage", "10.5");
        change.put("reason", "sale");
        return change;
    }

    private static Map<String, Object> phase() {
        Map<String, Object> phase = new HashMap<>();
        phase.put("name", "Phase 1");
        phase.put("kind", "INITIAL");
        phase.put("ordinal", 1);
        return phase;
    }

    private static ExecutionInput input(String query, Map<String, Object> variables) {
        return ExecutionInput.newExecutionInput(query).variables(variables).build();
    }
}
