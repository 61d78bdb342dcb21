package io.jvplatform.support.graphql;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** graphql-java has no getter for the schema in an engine builder; this reads the one it holds now. */
class SchemaOfBuilderTests {

    @Test
    void theSchemaInABuilderIsTheOneItWasGiven() {
        GraphQLSchema schema = schema("type Query { name: String }");

        assertThat(SchemaOfBuilder.of(GraphQL.newGraphQL(schema))).isSameAs(schema);
    }

    @Test
    void aSchemaSetLaterReplacesTheFirst() {
        GraphQLSchema first = schema("type Query { name: String }");
        GraphQLSchema second = schema("type Query { id: ID }");

        assertThat(SchemaOfBuilder.of(GraphQL.newGraphQL(first).schema(second))).isSameAs(second);
    }

    private static GraphQLSchema schema(String sdl) {
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), RuntimeWiring.newRuntimeWiring().build());
    }
}
