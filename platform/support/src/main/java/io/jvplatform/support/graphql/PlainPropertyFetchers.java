package io.jvplatform.support.graphql;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Supplier;

/**
 * Reads the plain properties of the services' records (Venture.name, Stake.percentage, Partner.lei, ...)
 * with a method handle, instead of SmallRye's FieldDataFetcher, which for every field of every row first
 * rebuilds its request context from graphql-java's environment, selection set included. On a
 * 50-venture dashboard (~3,000 such fields) that rebuilding was over a third of ventures-service's CPU,
 * and most of partners-service's on {@code partnersByIds} (their READMEs). The fetcher is a
 * {@link LightDataFetcher}, so graphql-java does not even build the environment for it.
 * <p>
 * Every property field of every type is served so, new ones included, except fields whose value
 * SmallRye transforms or adapts ({@code @DateFormat}, {@code @NumberFormat}, {@code @AdaptWith}, ...):
 * those keep SmallRye's fetcher. Loaded by SmallRye through {@code META-INF/services} of this jar, ahead of
 * Quarkus' own service (priority 1), which has no field fetchers and still supplies the fetchers of every
 * operation.
 */
public class PlainPropertyFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (field.hasTransformation() || field.isAdaptingTo() || field.isAdaptingWith()) {
            return null;
        }
        return new PropertyFetcher<>(field, owner);
    }

    /** The owner's accessor (a record component's or a getter) or public field, resolved on first use. */
    static final class PropertyFetcher<T> implements PlugableDataFetcher<T>, LightDataFetcher<T>, TrivialDataFetcher<T> {

        private final Field field;
        private final Reference owner;
        private volatile MethodHandle accessor;

        PropertyFetcher(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
        }

        @Override
        public T get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment) throws Exception {
            return read(source);
        }

        @Override
        public T get(DataFetchingEnvironment environment) throws Exception {
            return read(environment.getSource());
        }

        @SuppressWarnings("unchecked")
        private T read(Object source) throws Exception {
            if (source == null) {
                return null;
            }
            try {
                return (T) accessor().invoke(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new GraphQLException(e);
            }
        }

        private MethodHandle accessor() {
            MethodHandle handle = accessor;
            if (handle == null) {
                handle = resolve();
                accessor = handle;
            }
            return handle;
        }

        private MethodHandle resolve() {
            try {
                Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                MethodHandle handle = field.getMethodName() == null
                        ? lookup.unreflectGetter(type.getField(field.getPropertyName()))
                        : lookup.unreflect(type.getMethod(field.getMethodName()));
                return handle.asType(MethodType.methodType(Object.class, Object.class));
            } catch (ReflectiveOperationException e) {
                throw new GraphQLException(e);
            }
        }
    }
}
