package io.jvplatform.gateway.execution;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoaderRegistry;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.jvplatform.gateway.access.PartnerAccess;
import io.jvplatform.gateway.access.RequestLoaders;
import io.jvplatform.gateway.access.VentureAccess;
import io.jvplatform.gateway.error.ErrorNormalizer;
import io.jvplatform.gateway.security.Caller;
import io.jvplatform.gateway.security.Callers;

/**
 * The gateway's hooks into every GraphQL execution:
 * <ol>
 * <li>the request's {@link Caller}, in the GraphQL context for the resolvers,</li>
 * <li>fresh per-request data loaders (the batching of cross-service fields), bound to that caller,</li>
 * <li>the query limits, before any field runs,</li>
 * <li>a stable {@code extensions.code} on every error of the response.</li>
 * </ol>
 */
final class GatewayInstrumentation extends SimplePerformantInstrumentation {

    private final QueryLimits limits;
    private final VentureAccess ventures;
    private final PartnerAccess partners;
    private final Callers callers;

    GatewayInstrumentation(QueryLimits limits, VentureAccess ventures, PartnerAccess partners, Callers callers) {
        this.limits = limits;
        this.ventures = ventures;
        this.partners = partners;
        this.callers = callers;
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        // SmallRye GraphQL only creates a registry when it has batch resolvers of its own; keep
        // any it made (combine) and add ours, new for this request.
        // Runs while the HTTP request is being handled, the one moment its identity is at hand.
        Caller caller = callers.current();
        input.getGraphQLContext().put(Caller.class, caller);
        DataLoaderRegistry registry = new DataLoaderRegistry().combine(input.getDataLoaderRegistry());
        RequestLoaders.register(registry, caller, ventures, partners);
        return input.transform(builder -> builder.dataLoaderRegistry(registry));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        limits.check(parameters.getExecutionContext());
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(
                ErrorNormalizer.normalize(result.getErrors()))));
    }
}
