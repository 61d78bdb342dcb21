package io.jvplatform.support.graphql;

import graphql.GraphQL;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.spi.EventingService;

import org.dataloader.DataLoader;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Serves every batched {@code @Source List<...>} field from one batch per list, handing the rows to
 * SmallRye's data loader directly, in place of SmallRye's {@code BatchDataFetcher}.
 * <p>
 * SmallRye's fetcher, called once per row (50 ventures x 4 batched fields on the dashboard), fills a
 * SmallRye context from graphql-java's environment (selection set included) and wraps the loader's
 * future in a Mutiny {@code Uni} whose completion stage carries context propagation: every later stage
 * graphql-java chains on it (completing each field below the batched one) then captures and restores
 * all thread contexts. That was most of ventures-service's CPU per dashboard (README "Read path").
 * <p>
 * Even plain data-loader futures cost: graphql-java's per-level dispatch then counts every object and
 * field of the answer to know when a level is complete, and completes each row's fields through
 * future chains. So a list whose rows have batched fields (or hold lists that do) carries its
 * {@link BatchRows} down the answer: the first row asking a batched field loads and dispatches it for
 * all rows, and every row gets its value complete. The engine is then built without automatic
 * dispatch; a row found in no list (a single {@code venture(id:)}) loads and dispatches on its own.
 * <p>
 * The loader is still SmallRye's, per request as before: it fills the SmallRye context once per
 * batch from the first row's environment and invokes the operation through CDI (security,
 * transactions, request context as before). Every field SmallRye registered with its BatchDataFetcher
 * is replaced, new ones included (found in the finished schema's code registry, federation included,
 * just before the engine is built). On when {@value #CONFIG_KEY} is true. The operation and loader name
 * are read from SmallRye's fetcher reflectively: they are what it was built with, and SmallRye has no
 * getter for them.
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
        Map<FieldCoordinates, Operation> batched = new HashMap<>();
        Set<String> batchedTypes = new HashSet<>();
        forEachField(schema, (type, field, coordinates) -> {
            if (registry.hasDataFetcher(coordinates)
                    && registry.getDataFetcher(coordinates, field) instanceof BatchDataFetcher<?> batch) {
                batched.put(coordinates, operationOf(batch));
                batchedTypes.add(type.getName());
            }
        });
        if (batched.isEmpty()) {
            return builder;
        }
        Set<String> rowTypes = typesReaching(schema, batchedTypes);
        GraphQLCodeRegistry plain = registry.transform(code -> {
            batched.forEach((coordinates, operation) -> code.dataFetcher(coordinates, new LoaderFetcher(operation)));
            forEachField(schema, (type, field, coordinates) -> {
                if (!batched.containsKey(coordinates) && listOf(field.getType(), rowTypes)) {
                    code.dataFetcher(coordinates, new RowsFetcher(registry.getDataFetcher(coordinates, field), coordinates));
                }
            });
        });
        return builder.schema(GraphQLSchema.newSchema(schema).codeRegistry(plain).build())
                .doNotAutomaticallyDispatchDataLoader();
    }

    private interface FieldVisitor {
        void visit(GraphQLFieldsContainer type, GraphQLFieldDefinition field, FieldCoordinates coordinates);
    }

    private static void forEachField(GraphQLSchema schema, FieldVisitor visitor) {
        schema.getAllTypesAsList().stream()
                .filter(GraphQLFieldsContainer.class::isInstance)
                .map(GraphQLFieldsContainer.class::cast)
                .forEach(type -> type.getFieldDefinitions().forEach(field ->
                        visitor.visit(type, field, FieldCoordinates.coordinates(type.getName(), field.getName()))));
    }

    /**
     * The object types whose rows need their siblings: those with a batched field, and those holding
     * (through any field) a type that does; a union or interface counts when one of its types does.
     */
    static Set<String> typesReaching(GraphQLSchema schema, Set<String> batchedTypes) {
        Set<String> reaching = new HashSet<>(batchedTypes);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (reaching.contains(type.getName())) {
                    continue;
                }
                boolean reaches = false;
                if (type instanceof GraphQLObjectType object) {
                    reaches = object.getFieldDefinitions().stream().anyMatch(field -> reaching.contains(namedTypeOf(field.getType())));
                } else if (type instanceof GraphQLUnionType union) {
                    reaches = union.getTypes().stream().anyMatch(member -> reaching.contains(member.getName()));
                } else if (type instanceof GraphQLInterfaceType contract) {
                    reaches = schema.getImplementations(contract).stream()
                            .anyMatch(implementation -> reaching.contains(implementation.getName()));
                }
                if (reaches) {
                    reaching.add(type.getName());
                    grew = true;
                }
            }
        }
        return reaching;
    }

    private static boolean listOf(GraphQLOutputType type, Set<String> rowTypes) {
        return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type)) && rowTypes.contains(namedTypeOf(type));
    }

    private static String namedTypeOf(GraphQLType type) {
        return ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type)).getName();
    }

    /**
     * A list whose rows have batched fields: its value as the field's own fetcher gives it, with the
     * rows as local context. A list held by each row of an outer list, read by a plain property
     * fetcher, is read from every outer row at once, so all of them share one set of rows.
     */
    static final class RowsFetcher implements DataFetcher<Object> {

        private final DataFetcher<?> delegate;
        private final FieldCoordinates coordinates;

        RowsFetcher(DataFetcher<?> delegate, FieldCoordinates coordinates) {
            this.delegate = delegate;
            this.coordinates = coordinates;
        }

        DataFetcher<?> delegate() {
            return delegate;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object result = delegate.get(environment);
            if (result instanceof CompletionStage<?> stage) {
                return stage.thenApply(value -> withRows(environment, value));
            }
            return withRows(environment, result);
        }

        private Object withRows(DataFetchingEnvironment environment, Object result) {
            DataFetcherResult<?> wrapped = result instanceof DataFetcherResult<?> fetched ? fetched : null;
            Object data = wrapped == null ? result : wrapped.getData();
            if (!(data instanceof Iterable<?> list)) {
                return result;
            }
            BatchRows rows = rowsOf(environment, list);
            if (wrapped == null) {
                return DataFetcherResult.newResult().data(data).localContext(rows).build();
            }
            return wrapped.transform(builder -> builder.localContext(rows));
        }

        private BatchRows rowsOf(DataFetchingEnvironment environment, Iterable<?> list) {
            Object source = environment.getSource();
            if (environment.getLocalContext() instanceof BatchRows outer && source != null && outer.holds(source)
                    && delegate instanceof LightDataFetcher<?> property) {
                BatchRows shared = outer.nested(List.of(coordinates, environment.getField().getResultKey()), () -> {
                    List<Object> all = new ArrayList<>();
                    for (Object row : outer.rows()) {
                        if (row.getClass() == source.getClass()
                                && read(property, environment, row) instanceof Iterable<?> rowsOfRow) {
                            rowsOfRow.forEach(all::add);
                        }
                    }
                    return new BatchRows(all);
                });
                Iterator<?> first = list.iterator();
                if (!first.hasNext() || shared.holds(first.next())) {
                    return shared;
                }
            }
            return new BatchRows(list);
        }

        /** A row whose property fails is left out of the batch: its own fetch then reports the error. */
        private static Object read(LightDataFetcher<?> property, DataFetchingEnvironment environment, Object row) {
            try {
                return property.get(environment.getFieldDefinition(), row, () -> environment);
            } catch (Exception e) {
                return null;
            }
        }
    }

    /**
     * The row and the field's arguments to the operation's data loader: from the row's list, complete,
     * when the row is in one; else loaded and dispatched alone.
     */
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
            DataLoader<Object, Object> loader = environment.getDataLoader(loaderName);
            Object row = environment.getSource();
            if (environment.getLocalContext() instanceof BatchRows rows) {
                CompletableFuture<Object> value = rows.fetch(loaderName, values, loader, row, () -> keyContext(values, environment));
                if (value != null) {
                    return settled(value);
                }
            }
            loader.clear(row);
            CompletableFuture<Object> value = loader.load(row, keyContext(values, environment));
            loader.dispatch();
            return settled(value);
        }

        /** What SmallRye's batch loader reads from a key's context (BatchLoaderHelper). */
        private static Map<String, Object> keyContext(List<Object> values, DataFetchingEnvironment environment) {
            Map<String, Object> context = new HashMap<>(4);
            context.put(BatchLoaderHelper.ARGUMENTS, values);
            context.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            return context;
        }

        /** A value already there as the value itself, which graphql-java completes without chaining. */
        private static Object settled(CompletableFuture<Object> value) {
            return value.isDone() && !value.isCompletedExceptionally() ? value.join() : value;
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
