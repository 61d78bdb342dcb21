package io.jvplatform.support.graphql;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listed records are read straight from their accessors, with the same answer as the fetchers
 * they replace; what is not listed, or not registered, is left alone.
 */
class DirectRecordFieldsTests {

    /** As a service's API type: a record, one component renamed in the schema. */
    @Type("Partner")
    public record PartnerView(String id, @Name("displayName") String name, boolean archived) {
    }

    /** Not listed: keeps SmallRye's fetchers. */
    public record Venture(String id, String name) {
    }

    static {
        // read by the eventing service from MicroProfile Config, as a service's application.properties would set it
        System.setProperty(DirectRecordFields.TYPES_KEY, PartnerView.class.getName());
    }

    private static final String SDL = """
            type Query { partner: Partner venture: Venture }
            type Partner { id: ID! displayName: String! archived: Boolean! }
            type Venture { id: ID! name: String! }
            """;
    private static final PartnerView NSCALE = new PartnerView("p1", "Nscale", false);

    @Test
    void aListedRecordsRegisteredFieldsAreReadByItsAccessors() throws Exception {
        GraphQLSchema schema = schema(new DirectRecordFields().beforeGraphQLBuild(GraphQL.newGraphQL(smallryeLike())));

        assertThat(fetcher(schema, "Partner", "id")).isInstanceOf(LightDataFetcher.class).isNotInstanceOf(PropertyDataFetcher.class);
        assertThat(fetcher(schema, "Partner", "displayName")).isInstanceOf(LightDataFetcher.class).isNotInstanceOf(PropertyDataFetcher.class);
        assertThat(fetcher(schema, "Partner", "archived")).isNotInstanceOf(PropertyDataFetcher.class);
    }

    @Test
    void theAnswerIsTheSameAsBefore() {
        String query = "{ partner { id displayName archived } venture { id name } }";
        ExecutionResult before = GraphQL.newGraphQL(smallryeLike()).build().execute(query);
        ExecutionResult after = new DirectRecordFields().beforeGraphQLBuild(GraphQL.newGraphQL(smallryeLike())).build().execute(query);

        assertThat(after.getErrors()).isEmpty();
        assertThat(after.<Object>getData()).isEqualTo(before.getData()).isEqualTo(Map.of(
                "partner", Map.of("id", "p1", "displayName", "Nscale", "archived", false),
                "venture", Map.of("id", "v1", "name", "Stargate Norway")));
    }

    @Test
    void aRecordThatIsNotListedKeepsItsFetchers() throws Exception {
        GraphQLSchema schema = schema(new DirectRecordFields().beforeGraphQLBuild(GraphQL.newGraphQL(smallryeLike())));

        assertThat(fetcher(schema, "Venture", "name")).isInstanceOf(PropertyDataFetcher.class);
        assertThat(fetcher(schema, "Query", "partner")).isNotInstanceOf(LightDataFetcher.class);
    }

    @Test
    void aFieldSmallRyeDidNotRegisterIsNotAdded() throws Exception {
        GraphQLSchema partial = schemaWith(Map.of("id", PropertyDataFetcher.fetching("id")));

        GraphQLSchema schema = schema(new DirectRecordFields().beforeGraphQLBuild(GraphQL.newGraphQL(partial)));

        assertThat(schema.getCodeRegistry().hasDataFetcher(FieldCoordinates.coordinates("Partner", "displayName"))).isFalse();
        assertThat(schema.getCodeRegistry().hasDataFetcher(FieldCoordinates.coordinates("Partner", "id"))).isTrue();
    }

    @Test
    void aNullSourceGivesNull() throws Exception {
        GraphQLSchema schema = schema(new DirectRecordFields().beforeGraphQLBuild(GraphQL.newGraphQL(smallryeLike())));
        LightDataFetcher<?> id = (LightDataFetcher<?>) fetcher(schema, "Partner", "id");

        assertThat(id.get(schema.getObjectType("Partner").getFieldDefinition("id"), null, () -> null)).isNull();
    }

    @Test
    void itIsOnlyOnWhenItsKeySaysSo() {
        assertThat(new DirectRecordFields().getConfigKey()).isEqualTo("jv.graphql.direct-record-fields.enabled");
    }

    /** Every field with an explicitly registered fetcher, as SmallRye registers them. */
    private static GraphQLSchema smallryeLike() {
        return schemaWith(Map.of("id", PropertyDataFetcher.fetching("id"), "displayName", PropertyDataFetcher.fetching("name"),
                "archived", PropertyDataFetcher.fetching("archived")));
    }

    @SuppressWarnings("rawtypes")
    private static GraphQLSchema schemaWith(Map<String, DataFetcher> partnerFetchers) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("partner", environment -> NSCALE)
                        .dataFetcher("venture", environment -> new Venture("v1", "Stargate Norway")))
                .type("Partner", type -> type.dataFetchers(partnerFetchers))
                .type("Venture", type -> type.dataFetchers(Map.of("id", PropertyDataFetcher.fetching("id"),
                        "name", PropertyDataFetcher.fetching("name"))))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }

    private static DataFetcher<?> fetcher(GraphQLSchema schema, String type, String field) {
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field),
                schema.getObjectType(type).getFieldDefinition(field));
    }

    private static GraphQLSchema schema(GraphQL.Builder builder) throws Exception {
        Field field = GraphQL.Builder.class.getDeclaredField("graphQLSchema");
        field.setAccessible(true);
        return (GraphQLSchema) field.get(builder);
    }

}
