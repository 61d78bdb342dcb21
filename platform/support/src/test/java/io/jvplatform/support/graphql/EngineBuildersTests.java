package io.jvplatform.support.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** graphql-java has no getter for what an engine builder holds; this reads its schema and instrumentation now. */
class EngineBuildersTests {

    @Test
    void theSchemaInABuilderIsTheOneItWasGiven() {
        GraphQLSchema schema = schema("type Query { name: String }");

        assertThat(EngineBuilders.schema(GraphQL.newGraphQL(schema))).isSameAs(schema);
    }

    @Test
    void aSchemaSetLaterReplacesTheFirst() {
        GraphQLSchema first = schema("type Query { name: String }");
        GraphQLSchema second = schema("type Query { id: ID }");

        assertThat(EngineBuilders.schema(GraphQL.newGraphQL(first).schema(second))).isSameAs(second);
    }

    @Test
    void theInstrumentationInABuilderIsTheOneItWasGivenOrNone() {
        GraphQL.Builder builder = GraphQL.newGraphQL(schema("type Query { name: String }"));
        assertThat(EngineBuilders.instrumentation(builder)).isNull();

        Instrumentation given = new SimplePerformantInstrumentation();
        assertThat(EngineBuilders.instrumentation(builder.instrumentation(given))).isSameAs(given);
    }

    private static GraphQLSchema schema(String sdl) {
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), RuntimeWiring.newRuntimeWiring().build());
    }
}
