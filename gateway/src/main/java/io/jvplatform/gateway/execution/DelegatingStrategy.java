package io.jvplatform.gateway.execution;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import io.jvplatform.gateway.resolve.Resolver;
import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ErrorDetail;
import io.jvplatform.support.security.Caller;

/**
 * graphql-java's execution step, replaced: graphql-java has parsed, validated and coerced the
 * request against the public schema; here the limits are checked and the operation is handed
 * to the {@link Resolver}, which delegates it to the services without any per-field work of a
 * framework. Introspection, which no service answers, runs in graphql-java's own strategy.
 */
final class DelegatingStrategy extends ExecutionStrategy {

    private static final Set<String> INTROSPECTION = Set.of("__schema", "__type", "__typename");

    private final QueryLimits limits;
    private final Resolver resolver;
    private final ExecutionStrategy introspection = new AsyncExecutionStrategy();

    DelegatingStrategy(QueryLimits limits, Resolver resolver) {
        this.limits = limits;
        this.resolver = resolver;
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext execution, ExecutionStrategyParameters parameters) {
        ExecutableNormalizedOperation operation;
        try {
            operation = limits.normalize(execution);
        } catch (ApiException refusal) {
            return refused(refusal);
        }
        List<ExecutableNormalizedField> roots = operation.getTopLevelFields();
        long introspective = roots.stream().filter(root -> INTROSPECTION.contains(root.getName())).count();
        if (introspective == roots.size() && roots.stream().anyMatch(root -> !"__typename".equals(root.getName()))) {
            return introspection.execute(execution, parameters);
        }
        if (roots.stream().anyMatch(root -> root.getName().equals("__schema") || root.getName().equals("__type"))) {
            return refused(QueryLimits.refused(null, null,
                    "introspection (__schema, __type) cannot be combined with other fields in one operation"));
        }
        try {
            roots.forEach(InputCheck::check);
        } catch (ApiException refusal) {
            return refused(refusal);
        }
        Caller caller = execution.getGraphQLContext().getOrDefault(Caller.class, Caller.ANONYMOUS);
        return resolver.resolve(operation, caller, execution.getGraphQLContext().get(GatewayEngine.IDEMPOTENCY_KEY));
    }

    private static CompletableFuture<ExecutionResult> refused(ApiException refusal) {
        List<GraphQLError> errors = refusal.details().stream().map(DelegatingStrategy::error).toList();
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().errors(errors).build());
    }

    private static GraphQLError error(ErrorDetail detail) {
        return GraphqlErrorBuilder.newError().message(detail.message()).extensions(detail.extensions()).build();
    }
}
