package io.jvplatform.support.error;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.introspection.GoodFaithIntrospection;

import java.util.Map;

/**
 * What a GraphQL error is, whoever raised it: the one classification behind every stable
 * {@code extensions.code}, in the gateway ({@link #extensions}) and in the services (where
 * {@link StableErrorCodes} refines it: a message without graphql-java's AST, the field's path).
 * graphql-java's {@code classification} is never written: it names a Java class a client has no
 * use for.
 */
public enum ErrorKind {

    /** Ours already: a stable {@code extensions.code}, or an {@link ApiException} a resolver threw. Kept as it is. */
    ANSWER,
    /**
     * An introspection query built to be expensive (the same meta field again and again, refused by
     * graphql-java's good-faith check): {@code VALIDATION} with {@code extensions.limit = introspection}.
     */
    EXPENSIVE_INTROSPECTION,
    /** graphql-java refused the request itself (syntax, validation, variable coercion) or aborted it: {@code VALIDATION}. */
    REFUSED_REQUEST,
    /** Anything else is a fault of ours, never the request's: {@code INTERNAL}. */
    FAULT;

    public static final String INTROSPECTION_LIMIT = "introspection";

    public static ErrorKind of(GraphQLError error) {
        if (answered(error) != null) {
            return ANSWER;
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return EXPENSIVE_INTROSPECTION;
        }
        if (error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.InvalidSyntax
                || error.getErrorType() == ErrorType.ExecutionAborted || error instanceof graphql.validation.ValidationError) {
            return REFUSED_REQUEST;
        }
        return FAULT;
    }

    /** The extensions a client reads for {@code error}: ours as they are, the others their code (and limit) alone. */
    public static Map<String, Object> extensions(GraphQLError error) {
        return switch (of(error)) {
            case ANSWER -> answered(error);
            case EXPENSIVE_INTROSPECTION -> Map.of("code", ErrorCodes.VALIDATION, LimitExceededException.KEY, INTROSPECTION_LIMIT);
            case REFUSED_REQUEST -> Map.of("code", ErrorCodes.VALIDATION);
            case FAULT -> Map.of("code", ErrorCodes.INTERNAL);
        };
    }

    /** The extensions of an error that is ours already, or null. */
    private static Map<String, Object> answered(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions();
        if (extensions != null && ErrorCodes.STABLE.contains(String.valueOf(extensions.get("code")))) {
            return extensions;
        }
        ApiException api = error instanceof ExceptionWhileDataFetching fetching ? ApiException.within(fetching.getException()) : null;
        return api == null ? null : api.details().get(0).extensions();
    }
}
