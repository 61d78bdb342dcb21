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

/**
 * The gateway's hooks into every GraphQL execution:
 * <ol>
 * <li>fresh per-request data loaders (the batching of cross-service fields),</li>
 * <li>the query limits, before any field runs,</li>
 * <li>a stable {@code extensions.code} on every error of the response.</li>
 * </ol>
 */
final class GatewayInstrumentation extends SimplePerformantInstrumentation {

    private final QueryLimits limits;
    private final VentureAccess ventures;
    private final PartnerAccess partners;

    GatewayInstrumentation(QueryLimits limits, VentureAccess ventures, PartnerAccess partners) {
        this.limits = limits;
        this.ventures = ventures;
        this.partners = partners;
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        // SmallRye GraphQL only creates a registry when it has batch resolvers of its own; keep
        // any it made (combine) and add ours, new for this request.
        DataLoaderRegistry registry = new DataLoaderRegistry().combine(input.getDataLoaderRegistry());
        RequestLoaders.register(registry, ventures, partners);
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
