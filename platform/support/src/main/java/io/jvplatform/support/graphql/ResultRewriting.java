package io.jvplatform.support.graphql;

import com.apollographql.federation.graphqljava.tracing.FederatedTracingInstrumentation;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The one instrumentation a service's graphql-java runs: SmallRye's query cache (which keeps each
 * validated document) and our rewriters of the finished result (stable error codes, input errors
 * with their field), nothing per field.
 * <p>
 * Why not graphql-java's {@link ChainedInstrumentation}, which SmallRye installs and each rewriter
 * used to wrap once more: a chain builds a context per instrumentation for every field fetched
 * and completed, even when no instrumentation in it looks at fields. Three nested chains were 12–16 %
 * of ventures-service's CPU on the gateway's 50-venture dashboard (JFR), for instrumentations that
 * only ever read the final result.
 * <p>
 * SmallRye's chain holds its {@link QueryCache} and, with federation on, Apollo's
 * {@link FederatedTracingInstrumentation}: per-field timings (FTV1) sent only to a router that asks
 * for them with {@code apollo-federation-include-trace: ftv1}, for Apollo Studio. Our gateway never
 * asks and we ship no Studio reporting (traces go through OpenTelemetry), so it is left out. Anything
 * else in the chain (SmallRye's depth or complexity limits, should someone configure them) makes
 * start-up fail here rather than be silently dropped: the gateway enforces those limits.
 */
public final class ResultRewriting extends SimplePerformantInstrumentation {

    /** A rewrite of the finished result; runs after the rewriters of lower rank. */
    @FunctionalInterface
    public interface Rewriter {
        ExecutionResult rewrite(ExecutionResult result, InstrumentationExecutionParameters parameters);
    }

    private record Ranked(int rank, Rewriter rewriter) {
    }

    private final QueryCache validatedDocuments;
    private final List<Ranked> rewriters;

    private ResultRewriting(QueryCache validatedDocuments, List<Ranked> rewriters) {
        this.validatedDocuments = validatedDocuments;
        this.rewriters = List.copyOf(rewriters);
    }

    /**
     * Adds {@code rewriter} to the builder's instrumentation, replacing SmallRye's chain by this one
     * instrumentation the first time. Rewriters of lower {@code rank} run first: a specific rewrite
     * before a catch-all that would otherwise claim its error.
     */
    public static GraphQL.Builder add(GraphQL.Builder builder, int rank, Rewriter rewriter) {
        Instrumentation installed = EngineBuilders.instrumentation(builder);
        ResultRewriting current = installed instanceof ResultRewriting ours ? ours : replacing(installed);
        List<Ranked> rewriters = new ArrayList<>(current.rewriters);
        rewriters.add(new Ranked(rank, rewriter));
        rewriters.sort(Comparator.comparingInt(Ranked::rank));
        return builder.instrumentation(new ResultRewriting(current.validatedDocuments, rewriters));
    }

    private static ResultRewriting replacing(Instrumentation installed) {
        QueryCache cache = null;
        List<Instrumentation> parts = installed == null ? List.of()
                : installed instanceof ChainedInstrumentation chain ? chain.getInstrumentations() : List.of(installed);
        for (Instrumentation part : parts) {
            if (part instanceof QueryCache queryCache) {
                cache = queryCache;
            } else if (!(part instanceof FederatedTracingInstrumentation)) {
                throw new IllegalStateException("SmallRye GraphQL installed an instrumentation ResultRewriting does not keep: "
                        + part.getClass().getName());
            }
        }
        return new ResultRewriting(cache, List.of());
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        return validatedDocuments == null ? null : validatedDocuments.beginValidation(parameters, null);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        ExecutionResult rewritten = result;
        for (Ranked ranked : rewriters) {
            rewritten = ranked.rewriter().rewrite(rewritten, parameters);
        }
        return CompletableFuture.completedFuture(rewritten);
    }
}
