package io.jvplatform.ventures.api.execution;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.smallrye.graphql.spi.EventingService;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Puts {@link InputErrors} into SmallRye's graphql-java instance: an instrumentation that rewrites
 * a failed request's input-value errors before SmallRye serialises them. SmallRye offers no way to
 * add an instrumentation, only this hook on the builder it has already given its own (query cache,
 * federation tracing); the builder keeps it in a private field, so it is read reflectively and
 * chained, never replaced. Should graphql-java rename the field, start-up fails loudly here.
 * Registered through {@code META-INF/services}; on when {@value #CONFIG_KEY} is true.
 */
public class InputErrorReporting implements EventingService {

    static final String CONFIG_KEY = "jv.graphql.input-errors-with-field";

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        try {
            Field field = GraphQL.Builder.class.getDeclaredField("instrumentation");
            field.setAccessible(true);
            Instrumentation existing = (Instrumentation) field.get(builder);
            List<Instrumentation> chain = new ArrayList<>();
            if (existing != null) {
                chain.add(existing);
            }
            chain.add(new Rewriting());
            return builder.instrumentation(new ChainedInstrumentation(chain));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot add the input-error instrumentation to graphql-java's builder", e);
        }
    }

    static final class Rewriting implements Instrumentation {

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            boolean changed = false;
            List<GraphQLError> errors = new ArrayList<>();
            for (GraphQLError error : result.getErrors()) {
                var replacement = InputErrors.replacement(error, parameters.getExecutionInput(), parameters.getSchema());
                changed |= replacement.isPresent();
                GraphQLError answer = replacement.orElse(error);
                if (!errors.contains(answer)) {
                    errors.add(answer);
                }
            }
            if (!changed) {
                return CompletableFuture.completedFuture(result);
            }
            // The refused input left a non-null mutation without a value; that follow-up says nothing more.
            errors.removeIf(error -> error instanceof NonNullableFieldWasNullError);
            return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result).errors(errors).build());
        }
    }
}
