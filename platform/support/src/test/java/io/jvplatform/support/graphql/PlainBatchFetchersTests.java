package io.jvplatform.support.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batched {@code @Source List<...>} fields hand each row to SmallRye's data loader directly: the
 * fields SmallRye gave its BatchDataFetcher get ours, every other fetcher stays, and a query still
 * resolves every row through one batch.
 */
class PlainBatchFetchersTests {

    private static final String SDL = """
            type Query { ventures: [Venture], venture: Venture, partners: [Partner], entities: [Entity], site: Site, gaps: [Venture] }
            union Entity = Venture | Partner
            type Partner { name: String, ventures: [Venture] }
            type Venture { name: String, stakes: [String], stakesOn(asOf: String): [String] }
            type Site { name: String }
            """;

    record Venture(String name) {
    }

    record Partner(String name, List<Venture> ventures) {
    }

    private static final List<Venture> VENTURES = List.of(new Venture("Stargate Norway"), new Venture("Stargate UAE"));
    private static final List<Partner> PARTNERS = List.of(
            new Partner("Nscale", List.of(new Venture("Stargate Norway"), new Venture("Stargate UK"))),
            new Partner("Aker", List.of(new Venture("Narvik 2"), new Venture("Stargate Norway"))));
    private static final DataFetcher<Object> VENTURES_FETCHER = environment -> VENTURES;
    private static final DataFetcher<Object> NAME_FETCHER = environment -> ((Venture) environment.getSource()).name();

    private final Operation stakes = stakesOperation();
    private final Operation stakesOn = stakesOnOperation();
    private final List<List<Object>> batches = new CopyOnWriteArrayList<>();
    private final List<Object> keyContexts = new CopyOnWriteArrayList<>();
    private boolean failing;

    @Test
    void theBatchedFieldGetsOurFetcherAndEveryOtherFetcherStays() {
        GraphQLSchema schema = plain(schema(new BatchDataFetcher<>(stakes, new Type())));
        GraphQLCodeRegistry registry = schema.getCodeRegistry();

        assertThat(fetcher(schema, "Venture", "stakes")).isInstanceOf(PlainBatchFetchers.LoaderFetcher.class);
        assertThat(fetcher(schema, "Venture", "name")).isSameAs(NAME_FETCHER);
        assertThat(fetcher(schema, "Query", "ventures")).isInstanceOfSatisfying(PlainBatchFetchers.RowsFetcher.class,
                rows -> assertThat(rows.delegate()).isSameAs(VENTURES_FETCHER));
        assertThat(fetcher(schema, "Query", "venture")).isNotInstanceOf(PlainBatchFetchers.RowsFetcher.class);
        assertThat(fetcher(schema, "Query", "site")).isNotInstanceOf(PlainBatchFetchers.RowsFetcher.class);
        assertThat(registry.hasDataFetcher(FieldCoordinates.coordinates("Venture", "stakes"))).isTrue();
    }

    @Test
    void aSchemaWithoutBatchedFieldsKeepsEveryFetcher() {
        DataFetcher<Object> stakesFetcher = environment -> List.of();
        GraphQLSchema schema = plain(schema(stakesFetcher));

        assertThat(fetcher(schema, "Venture", "stakes")).isSameAs(stakesFetcher);
        assertThat(fetcher(schema, "Venture", "name")).isSameAs(NAME_FETCHER);
        assertThat(fetcher(schema, "Query", "ventures")).isSameAs(VENTURES_FETCHER);
    }

    @Test
    void theVenturesOfEveryPartnerAreOneBatchAsOneLevel() {
        ExecutionResult result = execute("{ partners { name ventures { name stakes } } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, List<Map<String, Object>>>>getData().get("partners").get(1).get("ventures"))
                .isEqualTo(List.of(Map.of("name", "Narvik 2", "stakes", List.of("Narvik 2: Nscale 50", "Narvik 2: Aker 50")),
                        Map.of("name", "Stargate Norway", "stakes",
                                List.of("Stargate Norway: Nscale 50", "Stargate Norway: Aker 50"))));
        assertThat(batches).containsExactly(List.of(new Venture("Stargate Norway"), new Venture("Stargate UK"),
                new Venture("Narvik 2")));
    }

    @Test
    void aRowInNoListIsLoadedAndDispatchedAlone() {
        ExecutionResult result = execute("{ venture { name stakes } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("venture",
                Map.of("name", "Stargate UAE", "stakes", List.of("Stargate UAE: Nscale 50", "Stargate UAE: Aker 50"))));
        assertThat(batches).containsExactly(List.of(new Venture("Stargate UAE")));
    }

    @Test
    void aListOfMixedTypesBatchesTheRowsOfTheFieldsType() {
        ExecutionResult result = execute("{ entities { ... on Venture { stakes } ... on Partner { name } } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, List<Object>>>getData().get("entities")).hasSize(3);
        assertThat(batches).containsExactly(new ArrayList<>(VENTURES));
    }

    @Test
    void aFailedBatchIsAnErrorOnEveryRowAndTheRestOfTheAnswerStays() {
        failing = true;

        ExecutionResult result = execute("{ ventures { name stakes } }");

        assertThat(result.getErrors()).hasSize(2).allSatisfy(error -> assertThat(error.getPath()).endsWith("stakes"));
        assertThat(result.<Map<String, List<Map<String, Object>>>>getData().get("ventures"))
                .extracting(venture -> venture.get("name")).containsExactly("Stargate Norway", "Stargate UAE");
        assertThat(batches).hasSize(1);
    }

    @Test
    void theSameFieldTwiceUnderTwoAliasesIsFetchedOnce() {
        ExecutionResult result = execute("{ ventures { a: stakes b: stakes } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, List<Map<String, Object>>>>getData().get("ventures").get(0))
                .isEqualTo(Map.of("a", List.of("Stargate Norway: Nscale 50", "Stargate Norway: Aker 50"),
                        "b", List.of("Stargate Norway: Nscale 50", "Stargate Norway: Aker 50")));
        assertThat(batches).hasSize(1);
    }

    @Test
    void aTypeNeedsItsRowsWhenItOrATypeItHoldsHasABatchedField() {
        GraphQLSchema schema = schema(new BatchDataFetcher<>(stakes, new Type()));

        assertThat(PlainBatchFetchers.typesReaching(schema, java.util.Set.of("Venture")))
                .contains("Venture", "Partner", "Entity")
                .doesNotContain("Site");
    }

    private ExecutionResult execute(String query) {
        GraphQL graphQL = new PlainBatchFetchers().beforeGraphQLBuild(GraphQL.newGraphQL(
                schema(new BatchDataFetcher<>(stakes, new Type()), new BatchDataFetcher<>(stakesOn, new Type())))).build();
        return graphQL.execute(ExecutionInput.newExecutionInput(query)
                .dataLoaderRegistry(registry(new BatchLoaderHelper().getName(stakes), new BatchLoaderHelper().getName(stakesOn)))
                .build());
    }

    @Test
    void twoAliasesWithOtherArgumentsAreTwoBatchesEachWithItsOwnValues() {
        ExecutionResult result = execute("{ ventures { a: stakesOn(asOf: \"2025-01-01\") b: stakesOn(asOf: \"2026-01-01\") } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, List<Map<String, Object>>>>getData().get("ventures").get(1))
                .isEqualTo(Map.of("a", List.of("Stargate UAE: Nscale 50 on 2025-01-01", "Stargate UAE: Aker 50 on 2025-01-01"),
                        "b", List.of("Stargate UAE: Nscale 50 on 2026-01-01", "Stargate UAE: Aker 50 on 2026-01-01")));
        assertThat(batches).containsExactly(new ArrayList<>(VENTURES), new ArrayList<>(VENTURES));
    }

    @Test
    void aListWithNullRowsBatchesTheOthersAndKeepsItsNulls() {
        ExecutionResult result = execute("{ gaps { stakes } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, List<Object>>>getData().get("gaps")).containsExactly(
                Map.of("stakes", List.of("Stargate Norway: Nscale 50", "Stargate Norway: Aker 50")), null,
                Map.of("stakes", List.of("Stargate UAE: Nscale 50", "Stargate UAE: Aker 50")));
        assertThat(batches).containsExactly(new ArrayList<>(VENTURES));
    }

    @Test
    void everyRowOfAQueryIsResolvedThroughOneBatchOfTheOperationsLoader() {
        GraphQL graphQL = GraphQL.newGraphQL(plain(schema(new BatchDataFetcher<>(stakes, new Type())))).build();

        ExecutionResult result = graphQL.execute(ExecutionInput.newExecutionInput("{ ventures { name stakes } }")
                .dataLoaderRegistry(registry(new BatchLoaderHelper().getName(stakes))).build());

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("ventures", List.of(
                Map.of("name", "Stargate Norway", "stakes", List.of("Stargate Norway: Nscale 50", "Stargate Norway: Aker 50")),
                Map.of("name", "Stargate UAE", "stakes", List.of("Stargate UAE: Nscale 50", "Stargate UAE: Aker 50")))));
        assertThat(batches).containsExactly(new ArrayList<>(VENTURES));
    }

    @Test
    void eachKeyCarriesWhatSmallRyesLoaderReadsTheFieldsArgumentsAndItsEnvironment() {
        GraphQL graphQL = GraphQL.newGraphQL(plain(schema(new BatchDataFetcher<>(stakes, new Type())))).build();

        graphQL.execute(ExecutionInput.newExecutionInput("{ ventures { stakes } }")
                .dataLoaderRegistry(registry(new BatchLoaderHelper().getName(stakes))).build());

        assertThat(keyContexts).hasSize(2).allSatisfy(context -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> keyContext = (Map<String, Object>) context;
            assertThat(keyContext).containsOnlyKeys(BatchLoaderHelper.ARGUMENTS, BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT);
            assertThat(keyContext.get(BatchLoaderHelper.ARGUMENTS)).isEqualTo(List.of());
            assertThat(new BatchLoaderHelper().getDataFetchingEnvironment(keyContext).getField().getName()).isEqualTo("stakes");
        });
    }

    @Test
    void itIsOnlyOnWhenItsKeySaysSo() {
        assertThat(new PlainBatchFetchers().getConfigKey()).isEqualTo("jv.graphql.plain-batch-fetchers.enabled");
    }

    @Test
    void theEngineGetsANewSchemaAndTheOriginalIsLeftAsItWas() {
        GraphQLSchema schema = schema(new BatchDataFetcher<>(stakes, new Type()));

        GraphQLSchema replaced = plain(schema);

        assertThat(replaced).isNotSameAs(schema);
        assertThat(fetcher(schema, "Venture", "stakes")).isInstanceOf(BatchDataFetcher.class);
    }

    private DataLoaderRegistry registry(String... loaderNames) {
        BatchLoaderWithContext<Object, List<String>> loader = (List<Object> keys, BatchLoaderEnvironment environment) -> {
            batches.add(List.copyOf(keys));
            keyContexts.addAll(environment.getKeyContextsList());
            if (failing) {
                return CompletableFuture.failedFuture(new IllegalStateException("the ledger is unreachable"));
            }
            // SmallRye's loader reads the arguments from the first key's context only
            @SuppressWarnings("unchecked")
            List<Object> arguments = (List<Object>) ((Map<String, Object>) environment.getKeyContextsList().get(0))
                    .get(BatchLoaderHelper.ARGUMENTS);
            String on = arguments.isEmpty() || arguments.get(0) == null ? "" : " on " + arguments.get(0);
            List<List<String>> values = new ArrayList<>();
            for (Object key : keys) {
                String name = ((Venture) key).name();
                values.add(List.of(name + ": Nscale 50" + on, name + ": Aker 50" + on));
            }
            return CompletableFuture.completedFuture(values);
        };
        DataLoaderRegistry registry = new DataLoaderRegistry();
        for (String loaderName : loaderNames) {
            registry.register(loaderName, DataLoaderFactory.newDataLoader(loader));
        }
        return registry;
    }

    private static GraphQLSchema plain(GraphQLSchema schema) {
        return EngineBuilders.schema(new PlainBatchFetchers().beforeGraphQLBuild(GraphQL.newGraphQL(schema)));
    }

    private static DataFetcher<?> fetcher(GraphQLSchema schema, String type, String field) {
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, field),
                schema.getObjectType(type).getFieldDefinition(field));
    }

    private static GraphQLSchema schema(DataFetcher<?> stakesFetcher) {
        return schema(stakesFetcher, environment -> List.of());
    }

    private static GraphQLSchema schema(DataFetcher<?> stakesFetcher, DataFetcher<?> stakesOnFetcher) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("ventures", VENTURES_FETCHER)
                        .dataFetcher("venture", environment -> VENTURES.get(1))
                        .dataFetcher("partners", environment -> PARTNERS)
                        .dataFetcher("entities", environment -> List.of(VENTURES.get(0), PARTNERS.get(0), VENTURES.get(1)))
                        .dataFetcher("gaps", environment -> java.util.Arrays.asList(VENTURES.get(0), null, VENTURES.get(1))))
                .type(graphql.schema.idl.TypeRuntimeWiring.newTypeWiring("Entity")
                        .typeResolver(environment -> environment.getSchema().getObjectType(
                                environment.getObject() instanceof Venture ? "Venture" : "Partner")))
                .type("Venture", type -> type.dataFetcher("name", NAME_FETCHER).dataFetcher("stakes", stakesFetcher)
                        .dataFetcher("stakesOn", stakesOnFetcher))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }

    /** As SmallRye models {@code List<String> stakes(@Source List<Venture> ventures)}. */
    private static Operation stakesOperation() {
        Operation operation = new Operation("io.jvplatform.ventures.api.VentureApi", "stakes", "stakes", "stakes",
                reference(String.class.getName(), "String", ReferenceType.SCALAR), OperationType.QUERY, null);
        operation.setSourceFieldOn(reference(Venture.class.getName(), "Venture", ReferenceType.TYPE));
        return operation;
    }

    /** As SmallRye models {@code List<String> stakesOn(@Source List<Venture> ventures, String asOf)}. */
    private static Operation stakesOnOperation() {
        Operation operation = new Operation("io.jvplatform.ventures.api.VentureApi", "stakesOn", "stakesOn", "stakesOn",
                reference(String.class.getName(), "String", ReferenceType.SCALAR), OperationType.QUERY, null);
        operation.setSourceFieldOn(reference(Venture.class.getName(), "Venture", ReferenceType.TYPE));
        operation.addArgument(new io.smallrye.graphql.schema.model.Argument("asOf", "stakesOn", "asOf", "asOf",
                reference(String.class.getName(), "String", ReferenceType.SCALAR)));
        return operation;
    }

    private static Reference reference(String className, String name, ReferenceType type) {
        Reference reference = new Reference();
        reference.setClassName(className);
        reference.setName(name);
        reference.setType(type);
        return reference;
    }
}
