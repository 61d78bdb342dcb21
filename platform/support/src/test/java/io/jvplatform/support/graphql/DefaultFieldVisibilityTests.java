package io.jvplatform.support.graphql;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What SmallRye builds for Quarkus' unset field-visibility, and the schema we execute instead. */
class DefaultFieldVisibilityTests {

    private static final String SDL = "type Query { venture: Venture } type Venture { name: String default: String }";

    @Test
    void smallRyesPatternOfTheWordDefaultBecomesThePlainVisibility() {
        GraphQLSchema blocked = schema(BlockedFields.newBlock().addPattern(DefaultFieldVisibility.UNCONFIGURED).build());

        GraphQLSchema plain = DefaultFieldVisibility.withDefaultVisibility(blocked);

        assertThat(blocked.getCodeRegistry().getFieldVisibility()).isInstanceOf(BlockedFields.class);
        assertThat(plain.getCodeRegistry().getFieldVisibility()).isSameAs(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
    }

    @Test
    void theTypesAndTheirDataFetchersAreTheSameAfterwards() {
        GraphQLSchema blocked = schema(BlockedFields.newBlock().addPattern(DefaultFieldVisibility.UNCONFIGURED).build());

        GraphQLSchema plain = DefaultFieldVisibility.withDefaultVisibility(blocked);
        ExecutionResult answer = GraphQL.newGraphQL(plain).build().execute("{ venture { name default } }");

        assertThat(plain.getObjectType("Venture")).isSameAs(blocked.getObjectType("Venture"));
        assertThat(answer.getErrors()).isEmpty();
        assertThat(answer.<Map<String, Object>>getData())
                .isEqualTo(Map.of("venture", Map.of("name", "Stargate Norway", "default", "yes")));
    }

    @Test
    void aSchemaWithThePlainVisibilityIsLeftAsItIs() {
        GraphQLSchema plain = schema(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);

        assertThat(DefaultFieldVisibility.withDefaultVisibility(plain)).isSameAs(plain);
    }

    private static GraphQLSchema schema(graphql.schema.visibility.GraphqlFieldVisibility visibility) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("venture", environment -> Map.of("name", "Stargate Norway", "default", "yes")))
                .fieldVisibility(visibility)
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }
}
