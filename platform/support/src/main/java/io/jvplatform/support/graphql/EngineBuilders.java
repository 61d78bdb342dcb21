package io.jvplatform.support.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;

import java.lang.reflect.Field;

/**
 * What SmallRye GraphQL already put into the engine builder it hands to {@code beforeGraphQLBuild}:
 * its schema and its instrumentation, read reflectively, since graphql-java offers no getter for
 * what is in a builder. Should graphql-java rename a field, start-up fails loudly here.
 */
final class EngineBuilders {

    private EngineBuilders() {
    }

    static GraphQLSchema schema(GraphQL.Builder builder) {
        return (GraphQLSchema) read(builder, "graphQLSchema");
    }

    static Instrumentation instrumentation(GraphQL.Builder builder) {
        return (Instrumentation) read(builder, "instrumentation");
    }

    private static Object read(GraphQL.Builder builder, String name) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the " + name + " SmallRye GraphQL put into graphql-java's builder", e);
        }
    }
}
