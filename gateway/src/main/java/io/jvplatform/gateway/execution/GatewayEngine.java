package io.jvplatform.gateway.execution;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import io.jvplatform.gateway.config.GatewayConfig;
import io.jvplatform.gateway.resolve.Paging;
import io.jvplatform.gateway.resolve.Resolver;
import io.jvplatform.support.security.Caller;

/**
 * The public schema's engine: graphql-java for what a GraphQL server must do by the
 * specification (parse, validate, coerce variables, introspection), the gateway's own
 * {@link DelegatingStrategy} for the data.
 */
@ApplicationScoped
public class GatewayEngine {

    /** Parsed documents kept: ~200 dashboards' worth of query text. */
    private static final long CACHED_CHARACTERS = 1_000_000;

    /** Where the request's Idempotency-Key (if any) waits in the GraphQL context for the mutations. */
    static final String IDEMPOTENCY_KEY = "jv.idempotencyKey";

    private final GraphQL graphQL;
    private final PublicSchema schema;

    public GatewayEngine(PublicSchema schema, Resolver resolver, Paging paging, GatewayConfig config) {
        this.schema = schema;
        DelegatingStrategy strategy = new DelegatingStrategy(new QueryLimits(config.limits(), paging), resolver);
        this.graphQL = GraphQL.newGraphQL(schema.schema())
                .queryExecutionStrategy(strategy)
                .mutationExecutionStrategy(strategy)
                .preparsedDocumentProvider(new DocumentCache(CACHED_CHARACTERS))
                .build();
    }

    public CompletableFuture<ExecutionResult> execute(String query, String operationName, Map<String, Object> variables,
            Caller caller, String idempotencyKey) {
        ExecutionInput input = ExecutionInput.newExecutionInput(query)
                .operationName(operationName)
                .variables(variables == null ? Map.of() : variables)
                .graphQLContext(idempotencyKey == null ? Map.of(Caller.class, caller)
                        : Map.of(Caller.class, caller, IDEMPOTENCY_KEY, idempotencyKey))
                .build();
        return graphQL.executeAsync(input).thenApply(result -> result.isDataPresent() || result.getErrors().isEmpty()
                ? result
                : result.transform(builder -> builder.errors(
                        VariableErrors.located(result.getErrors(), schema.schema(), query, operationName,
                                input.getVariables()))));
    }
}
