package io.jvplatform.gateway.error;

import java.util.Map;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.introspection.GoodFaithIntrospection;
import io.jvplatform.support.error.ErrorCodes;

/**
 * Gives every error of a response a stable {@code extensions.code}, whoever raised it: ours
 * carry theirs already; graphql-java's syntax, validation and variable-coercion errors are the
 * request's fault ({@code VALIDATION}); anything else is {@code INTERNAL}. graphql-java's
 * {@code classification} is never written: it names a Java class a client has no use for.
 */
public final class ErrorNormalizer {

    private ErrorNormalizer() {
    }

    public static Map<String, Object> extensions(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions();
        if (extensions != null && ErrorCodes.STABLE.contains(String.valueOf(extensions.get("code")))) {
            return extensions;
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            // an introspection query built to be expensive (the same meta field again and again)
            return Map.of("code", ErrorCodes.VALIDATION, "limit", "introspection");
        }
        if (error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.InvalidSyntax
                || error.getErrorType() == ErrorType.ExecutionAborted) {
            return Map.of("code", ErrorCodes.VALIDATION);
        }
        return Map.of("code", ErrorCodes.INTERNAL);
    }
}
