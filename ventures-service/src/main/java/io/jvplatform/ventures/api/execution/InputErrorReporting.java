package io.jvplatform.ventures.api.execution;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.jvplatform.support.error.StableErrorCodes;
import io.jvplatform.support.graphql.ResultRewriting;
import io.smallrye.graphql.spi.EventingService;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts {@link InputErrors} into SmallRye's graphql-java instance: a rewrite of a failed request's
 * input-value errors before SmallRye serialises them, run by the support library's
 * {@link ResultRewriting} (SmallRye offers no way to add an instrumentation, only this hook on its
 * engine builder). Registered through {@code META-INF/services}; on when {@value #CONFIG_KEY} is true.
 */
public class InputErrorReporting implements EventingService {

    static final String CONFIG_KEY = "jv.graphql.input-errors-with-field";

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // before StableErrorCodes, which would otherwise answer these errors without their field
        return ResultRewriting.add(builder, StableErrorCodes.RANK - 1, InputErrorReporting::rewritten);
    }

    static ExecutionResult rewritten(ExecutionResult result, InstrumentationExecutionParameters parameters) {
        if (result.getErrors().isEmpty()) {
            return result;
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
            return result;
        }
        // The refused input left a non-null mutation without a value; that follow-up says nothing more.
        errors.removeIf(error -> error instanceof NonNullableFieldWasNullError);
        return ExecutionResultImpl.newExecutionResult().from(result).errors(errors).build();
    }
}
