package io.jvplatform.support.graphql;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;

import java.lang.reflect.Field;

/**
 * The schema SmallRye GraphQL put into the engine builder it hands to {@code beforeGraphQLBuild}: read
 * reflectively, since graphql-java offers no getter for what is already in a builder.
 */
final class SchemaOfBuilder {

    private SchemaOfBuilder() {
    }

    static GraphQLSchema of(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("graphQLSchema");
            field.setAccessible(true);
            return (GraphQLSchema) field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the schema SmallRye GraphQL built", e);
        }
    }
}
