package io.jvplatform.support.error;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error a service answers has a stable code, and a refused input the field's path, whoever
 * raised it: run on a real graphql-java engine with the normalizer installed as the services install it.
 */
class StableErrorCodesTests {

    private static final String SDL = """
            type Query {
              partner(id: ID!): Partner
              partners(filter: PartnerFilter, limit: Int): [Partner!]!
              broken: Partner
              refused: Partner
            }
            type Mutation { createPartner(input: PartnerInput!): Partner }
            type Partner { id: ID! name: String! kind: PartnerKind }
            enum PartnerKind { DEVELOPER INVESTOR OPERATOR }
            input PartnerFilter { kind: PartnerKind search: String }
            input PartnerInput { name: String! kind: PartnerKind! country: String }
            """;

    private static final Map<String, Object> NSCALE = Map.of("id", "p1", "name", "Nscale", "kind", "DEVELOPER");

    private static final GraphQL ENGINE = engine();

    @Test
    void anAnswerWithoutErrorsIsLeftAsItIs() {
        ExecutionResult result = run("{ partner(id: \"p1\") { name } }", Map.of());

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsEntry("partner", Map.of("name", "Nscale"));
    }

    @Test
    void anApiExceptionIsLeftToSmallRyesProvidersWhichWriteItsCodeAndField() {
        ExecutionResult result = run("{ refused { name } }", Map.of());

        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).contains("input.name must not be blank");
            assertThat(error.getPath()).containsExactly("refused");
            assertThat(error.getExtensions()).as("not turned into INTERNAL").isNull();
        });
    }

    @Test
    void anythingElseAResolverThrowsIsInternalAndKeepsItsPath() {
        GraphQLError error = only("{ broken { name } }", Map.of());

        assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.INTERNAL).doesNotContainKey("field");
        assertThat(error.getPath()).containsExactly("broken");
        assertThat(error.toSpecification()).doesNotContainKey("classification")
                .extractingByKey("extensions").isEqualTo(Map.of("code", ErrorCodes.INTERNAL));
    }

    @Test
    void aDocumentThatDoesNotParseIsValidationWithoutGraphqlJavasPreamble() {
        GraphQLError error = only("{ partner(id: ", Map.of());

        assertThat(error.getExtensions()).containsExactly(Map.entry("code", ErrorCodes.VALIDATION));
        assertThat(error.getMessage()).startsWith("the document is not valid GraphQL: ").doesNotContain("Invalid syntax");
    }

    @Test
    void anUnknownFieldIsValidationWithoutAField() {
        GraphQLError error = only("{ partner(id: \"p1\") { lei } }", Map.of());

        assertThat(error.getExtensions()).containsExactly(Map.entry("code", ErrorCodes.VALIDATION));
        assertThat(error.getPath()).as("a refused document has no result path").isNull();
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', value = {
            "mutation { createPartner(input: {name: \"A\", kind: SELLER}) { id } }   | input.kind    | input.kind is not a valid PartnerKind",
            "mutation { createPartner(input: {name: \"A\"}) { id } }                 | input.kind    | input.kind is required",
            "mutation { createPartner(input: {name: \"A\", kind: DEVELOPER, lei: \"x\"}) { id } } | input.lei | input.lei is not a field of input",
            "{ partners(filter: {kind: SELLER}) { id } }                             | filter.kind   | filter.kind is not a valid PartnerKind",
            "{ partners(limit: \"ten\") { id } }                                     | limit         | limit is not a valid Int"})
    void aWrongLiteralNamesTheArgumentPathAndNoJavaClass(String query, String field, String message) {
        GraphQLError error = only(query, Map.of());

        assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.VALIDATION).containsEntry("field", field);
        assertThat(error.getMessage()).isEqualTo(message).doesNotContain("Value{", "java.");
    }

    @ParameterizedTest(name = "{1} is refused at {2}")
    @CsvSource(delimiter = '|', value = {
            "SELLER    | '{\"name\":\"A\",\"kind\":\"SELLER\"}'              | input.kind | input.kind is not a valid PartnerKind",
            "no kind   | '{\"name\":\"A\"}'                                  | input.kind | input.kind is required",
            "null name | '{\"name\":null,\"kind\":\"DEVELOPER\"}'            | input.name | input.name is required",
            "number    | '{\"name\":\"A\",\"kind\":\"DEVELOPER\",\"country\":{\"x\":1}}' | input.country | input.country is not a valid String"})
    void aVariableThatDoesNotFitNamesThePathInsideIt(String caseName, String input, String field, String message) throws Exception {
        Map<String, Object> variables = Map.of("input", new com.fasterxml.jackson.databind.ObjectMapper().readValue(input, Map.class));

        GraphQLError error = only("mutation($input: PartnerInput!) { createPartner(input: $input) { id } }", variables);

        assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.VALIDATION).containsEntry("field", field);
        assertThat(error.getMessage()).isEqualTo(message);
    }

    @Test
    void aMissingRequiredVariableIsRequiredUnderItsName() {
        GraphQLError error = only("mutation($input: PartnerInput!) { createPartner(input: $input) { id } }", Map.of());

        assertThat(error.getExtensions()).containsEntry("code", ErrorCodes.VALIDATION).containsEntry("field", "input");
        assertThat(error.getMessage()).isEqualTo("input is required");
    }

    @Test
    void anErrorThatAlreadyHasAStableCodeIsNotRewritten() {
        GraphQLError ours = graphql.GraphqlErrorBuilder.newError().message("stale")
                .extensions(Map.of("code", ErrorCodes.CONFLICT, "field", "input.expectedVersion")).build();

        assertThat(StableErrorCodes.normalize(ours, null)).isSameAs(ours);
    }

    @Test
    void anErrorWithAnUnknownCodeBecomesInternal() {
        GraphQLError foreign = graphql.GraphqlErrorBuilder.newError().message("boom")
                .extensions(Map.of("code", "arc-undeclared-throwable")).build();

        GraphQLError normalized = StableErrorCodes.normalize(foreign, null);

        assertThat(normalized.getExtensions()).isEqualTo(Map.of("code", ErrorCodes.INTERNAL));
        assertThat(normalized.getErrorType().toString()).isEqualTo(ErrorCodes.INTERNAL);
    }

    private static GraphQLError only(String query, Map<String, Object> variables) {
        ExecutionResult result = run(query, variables);
        assertThat(result.getErrors()).hasSize(1);
        GraphQLError error = result.getErrors().get(0);
        assertThat(ErrorCodes.STABLE).contains(String.valueOf(error.getExtensions().get("code")));
        return error;
    }

    private static ExecutionResult run(String query, Map<String, Object> variables) {
        return ENGINE.execute(ExecutionInput.newExecutionInput().query(query).variables(variables).build());
    }

    private static GraphQL engine() {
        DataFetcher<Object> broken = environment -> {
            throw new IllegalStateException("a bug with internals");
        };
        DataFetcher<Object> refused = environment -> {
            throw new ValidationException("input.name", "input.name must not be blank");
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("partner", environment -> NSCALE)
                        .dataFetcher("partners", environment -> List.of(NSCALE))
                        .dataFetcher("broken", broken)
                        .dataFetcher("refused", refused))
                .type("Mutation", type -> type.dataFetcher("createPartner", environment -> NSCALE))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
        return new StableErrorCodes().beforeGraphQLBuild(GraphQL.newGraphQL(schema)).build();
    }
}
