package io.jvplatform.support.graphql;

import graphql.GraphQL;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.spi.EventingService;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the fields of the listed record types straight from their accessors.
 * <p>
 * SmallRye GraphQL answers every field of every object with its own {@code FieldDataFetcher}: per
 * field it builds graphql-java's {@code DataFetchingEnvironment}, fills a SmallRye context from it
 * and runs its transformation chain, even for a plain string. For {@code partnersByIds} with 20
 * ids that is 200 times per request and most of the service's CPU (partners-service README,
 * "Cost of partnersByIds"). For a record whose components need no transformation (strings, ids,
 * enums, booleans, ints: no dates, no formatted numbers, no adapters) the component's value is
 * already what graphql-java serializes, so a {@link LightDataFetcher} that calls the accessor gives
 * the same answer, and graphql-java does not even build the environment for it.
 * <p>
 * Registered through {@code META-INF/services/io.smallrye.graphql.spi.EventingService}, on when
 * {@value #CONFIG_KEY} is true, for the record classes named in {@value #TYPES_KEY}. Only fields
 * SmallRye already registered are replaced (a component that is not in the schema stays out).
 * This runs on the finished schema, federation included, just before the engine is built (earlier,
 * SmallRye still adds the federation resolvers to its own registry builder). The schema is read
 * from the engine builder reflectively: SmallRye hands us the builder, and graphql-java offers no
 * getter for what is already in it.
 */
public class DirectRecordFields implements EventingService {

    static final String CONFIG_KEY = "jv.graphql.direct-record-fields.enabled";
    static final String TYPES_KEY = "jv.graphql.direct-record-fields.types";

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        List<String> types = ConfigProvider.getConfig().getOptionalValues(TYPES_KEY, String.class).orElse(List.of());
        GraphQLSchema schema = schema(builder);
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry direct = registry.transform(code -> types.forEach(type -> {
            Class<?> record = load(type);
            for (RecordComponent component : record.getRecordComponents()) {
                FieldCoordinates field = FieldCoordinates.coordinates(typeName(record), fieldName(component));
                if (registry.hasDataFetcher(field)) {
                    code.dataFetcher(field, new Accessor(handle(component)));
                }
            }
        }));
        return builder.schema(GraphQLSchema.newSchema(schema).codeRegistry(direct).build());
    }

    /** Calls one record accessor; the environment is never built. */
    private record Accessor(MethodHandle accessor) implements LightDataFetcher<Object> {

        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) throws Exception {
            return source == null ? null : invoke(source);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            return source == null ? null : invoke(source);
        }

        private Object invoke(Object source) throws Exception {
            try {
                return accessor.invoke(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    private static Class<?> load(String type) {
        try {
            Class<?> loaded = Class.forName(type.strip(), false, Thread.currentThread().getContextClassLoader());
            if (!loaded.isRecord()) {
                throw new IllegalStateException(TYPES_KEY + ": " + type + " is not a record");
            }
            return loaded;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(TYPES_KEY + ": no class " + type, e);
        }
    }

    private static String typeName(Class<?> record) {
        Type type = record.getAnnotation(Type.class);
        return type != null && !type.value().isEmpty() ? type.value() : record.getSimpleName();
    }

    private static String fieldName(RecordComponent component) {
        Name name = component.getAccessor().getAnnotation(Name.class);
        if (name == null) {
            name = component.getAnnotation(Name.class);
        }
        return name != null ? name.value() : component.getName();
    }

    private static MethodHandle handle(RecordComponent component) {
        try {
            return MethodHandles.publicLookup().unreflect(component.getAccessor());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("record accessor not public: " + component, e);
        }
    }

    private static GraphQLSchema schema(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("graphQLSchema");
            field.setAccessible(true);
            return (GraphQLSchema) field.get(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the schema SmallRye GraphQL built", e);
        }
    }
}
