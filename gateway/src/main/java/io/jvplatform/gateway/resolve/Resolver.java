package io.jvplatform.gateway.resolve;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedOperation;
import io.jvplatform.gateway.execution.PublicSchema;
import io.jvplatform.support.security.Caller;

/** Resolves a parsed, validated and limited operation of the public schema through the services. */
@ApplicationScoped
public class Resolver {

    private final PublicSchema schema;
    private final Services services;

    public Resolver(PublicSchema schema, Services services) {
        this.schema = schema;
        this.services = services;
    }

    public CompletableFuture<ExecutionResult> resolve(ExecutableNormalizedOperation operation, Caller caller,
            String idempotencyKey) {
        Resolution resolution = new Resolution(schema.schema(), caller, idempotencyKey, services);
        var run = operation.getOperation() == OperationDefinition.Operation.MUTATION
                ? resolution.mutate(operation.getTopLevelFields())
                : resolution.query(operation.getTopLevelFields());
        return run.map(done -> (ExecutionResult) ExecutionResultImpl.newExecutionResult()
                        .data(resolution.data()).errors(resolution.errors()).build())
                .subscribeAsCompletionStage();
    }
}
