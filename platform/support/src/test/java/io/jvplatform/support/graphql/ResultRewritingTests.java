package io.jvplatform.support.graphql;

import com.apollographql.federation.graphqljava.tracing.FederatedTracingInstrumentation;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.graphql.execution.QueryCache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultRewritingTests {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { name: String }"),
            RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("name", environment -> "Stargate Norway")).build());

    /** What SmallRye GraphQL installs with federation on: its query cache and Apollo's tracing, chained. */
    private static GraphQL.Builder smallRyeBuilder() {
        return GraphQL.newGraphQL(SCHEMA).instrumentation(new ChainedInstrumentation(List.of(new QueryCache(),
                new FederatedTracingInstrumentation(new FederatedTracingInstrumentation.Options(false, input -> false)))));
    }

    private static ResultRewriting.Rewriter appending(String message, List<String> order) {
        return (result, parameters) -> {
            order.add(message);
            List<graphql.GraphQLError> errors = new ArrayList<>(result.getErrors());
            errors.add(GraphqlErrorBuilder.newError().message(message).build());
            return result.transform(answer -> answer.errors(errors));
        };
    }

    @Test
    void smallRyesChainBecomesOneInstrumentationThatLooksAtNoField() {
        GraphQL.Builder builder = ResultRewriting.add(smallRyeBuilder(), 1, (result, parameters) -> result);

        assertThat(EngineBuilders.instrumentation(builder)).isInstanceOf(ResultRewriting.class)
                .isInstanceOf(SimplePerformantInstrumentation.class);
    }

    @Test
    void rewritersRunInRankOrderWhateverTheOrderTheyWereAddedIn() {
        List<String> order = new ArrayList<>();
        GraphQL.Builder builder = ResultRewriting.add(smallRyeBuilder(), 100, appending("catch-all", order));
        builder = ResultRewriting.add(builder, 1, appending("specific", order));

        ExecutionResult result = builder.build().execute("{ name }");

        assertThat(order).containsExactly("specific", "catch-all");
        assertThat(result.getErrors()).extracting(graphql.GraphQLError::getMessage).containsExactly("specific", "catch-all");
        assertThat(result.<Map<String, Object>>getData()).containsEntry("name", "Stargate Norway");
    }

    @Test
    void aDocumentThatDoesNotValidateIsStillRefusedAndRewritten() {
        GraphQL engine = ResultRewriting.add(smallRyeBuilder(), 1, (result, parameters) -> result.transform(answer ->
                answer.errors(List.of(GraphqlErrorBuilder.newError().message("rewritten: " + result.getErrors().size()).build()))))
                .build();

        ExecutionResult result = engine.execute("{ nameOfNothing }");

        assertThat(result.isDataPresent()).isFalse();
        assertThat(result.getErrors()).extracting(graphql.GraphQLError::getMessage).containsExactly("rewritten: 1");
    }

    @Test
    void aBuilderWithoutInstrumentationGetsOneToo() {
        GraphQL.Builder builder = ResultRewriting.add(GraphQL.newGraphQL(SCHEMA), 1, (result, parameters) -> result);

        assertThat(builder.build().execute("{ name }").<Map<String, Object>>getData()).containsEntry("name", "Stargate Norway");
    }

    @Test
    void anInstrumentationItWouldDropStopsStartUp() {
        GraphQL.Builder builder = GraphQL.newGraphQL(SCHEMA).instrumentation(new ChainedInstrumentation(List.of(new QueryCache(),
                new graphql.analysis.MaxQueryDepthInstrumentation(5))));

        assertThatThrownBy(() -> ResultRewriting.add(builder, 1, (result, parameters) -> result))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MaxQueryDepthInstrumentation");
    }
}
