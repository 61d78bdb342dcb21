package io.jvplatform.support.graphql;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.schema.visibility.GraphqlFieldVisibility;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Gives the services' schemas graphql-java's plain field visibility when none is configured.
 * Quarkus' default for {@code quarkus.smallrye-graphql.field-visibility} is the word {@code default},
 * and SmallRye (2.17) takes any value but {@code no-introspection} for a list of patterns: the schema
 * got a {@code BlockedFields} that matched the regular expression {@code default} against the name of
 * every field graphql-java looked up, for every row of every answer (5 % of ventures-service's CPU
 * on the 50-venture dashboard). It blocked nothing. A configured visibility (patterns, or
 * {@code no-introspection}) is left as SmallRye made it.
 * <p>
 * Registered through {@code META-INF/services/io.smallrye.graphql.spi.EventingService}; on when
 * {@value #CONFIG_KEY} is true (jv-subgraph.properties).
 */
public class DefaultFieldVisibility implements EventingService {

    static final String CONFIG_KEY = "jv.graphql.default-field-visibility";
    /** What Quarkus passes to SmallRye when {@code quarkus.smallrye-graphql.field-visibility} is not set. */
    static final String UNCONFIGURED = "default";

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        if (!UNCONFIGURED.equals(Config.get().getFieldVisibility())) {
            return builder;
        }
        return builder.schema(withDefaultVisibility(EngineBuilders.schema(builder)));
    }

    static GraphQLSchema withDefaultVisibility(GraphQLSchema schema) {
        GraphqlFieldVisibility visibility = schema.getCodeRegistry().getFieldVisibility();
        if (visibility == DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY) {
            return schema;
        }
        // only the code registry changes: the types, and SmallRye's federation wiring in them, stay as built
        return schema.transformWithoutTypes(without -> without.codeRegistry(schema.getCodeRegistry()
                .transform(registry -> registry.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY))));
    }
}
