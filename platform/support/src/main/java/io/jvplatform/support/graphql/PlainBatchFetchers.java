package io.jvplatform.support.graphql;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.spi.EventingService;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands every batched {@code @Source List<...>} field's key to its data loader directly, in place of
 * SmallRye's {@code BatchDataFetcher}.
 * <p>
 * SmallRye's fetcher, called once per row (50 ventures x 4 batched fields on the dashboard), fills a
 * SmallRye context from graphql-java's environment (selection set included) and wraps the loader's
 * future in a Mutiny {@code Uni} whose completion stage carries context propagation: every later stage
 * graphql-java chains on it (completing each field below the batched one) then captures and restores
 * all thread contexts. That was most of ventures-service's CPU per dashboard (README "Read path"). The
 * loader itself is still SmallRye's, per level and per request as before: it fills the SmallRye context
 * once per batch from the first key's environment and invokes the operation through CDI (security,
 * transactions, request context as before); only the per-row wrapping is gone, so the futures graphql-java
 * sees are java-dataloader's plain ones.
 * <p>
 * Every field SmallRye registered with its BatchDataFetcher is replaced, new ones included (found in the
 * finished schema's code registry, federation included, just before the engine is built). On when
 * {@value #CONFIG_KEY} is true. The operation and loader name are read from SmallRye's fetcher
 * reflectively: they are what it was built with, and SmallRye has no getter for them.
 */
public class PlainBatchFetchers implements EventingService {

    static final String CONFIG_KEY = "jv.graphql.plain-batch-fetchers.enabled";

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLSchema schema = EngineBuilders.schema(builder);
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry plain = registry.transform(code -> schema.getAllTypesAsList().stream()
                .filter(GraphQLFieldsContainer.class::isInstance)
                .map(GraphQLFieldsContainer.class::cast)
                .forEach(type -> type.getFieldDefinitions().forEach(field -> {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(type.getName(), field.getName());
                    if (!registry.hasDataFetcher(coordinates)) {
                        return;
                    }
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                    if (fetcher instanceof BatchDataFetcher<?> batch) {
                        code.dataFetcher(coordinates, new LoaderFetcher(operationOf(batch)));
                    }
                })));
        return builder.schema(GraphQLSchema.newSchema(schema).codeRegistry(plain).build());
    }

    /** The key (the row) and the field's arguments to the operation's data loader; its future as it is. */
    static final class LoaderFetcher implements DataFetcher<Object> {

        private final ArgumentHelper arguments;
        private final String loaderName;

        LoaderFetcher(Operation operation) {
            this.arguments = new ArgumentHelper(operation.getArguments());
            this.loaderName = new BatchLoaderHelper().getName(operation);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            List<Object> values = arguments.getArguments(environment, true);
            // What SmallRye's batch loader reads from each key's context (BatchLoaderHelper).
            Map<String, Object> context = new HashMap<>(4);
            context.put(BatchLoaderHelper.ARGUMENTS, values);
            context.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            return environment.getDataLoader(loaderName).load(environment.getSource(), context);
        }
    }

    private static Operation operationOf(BatchDataFetcher<?> fetcher) {
        try {
            Field field = BatchDataFetcher.class.getDeclaredField("operation");
            field.setAccessible(true);
            return (Operation) field.get(fetcher);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the operation of SmallRye's BatchDataFetcher", e);
        }
    }
}
