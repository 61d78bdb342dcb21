package io.jvplatform.gateway.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.jvplatform.support.error.ErrorCodes;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Gives every error of a response a stable {@code extensions.code}, whoever raised it:
 * our {@link GatewayError}s (one GraphQL error per {@link ErrorDetail}, at the field's path),
 * graphql-java's syntax and validation errors and its depth/complexity refusals
 * ({@code VALIDATION}), Quarkus Security's refusals of a field ({@code UNAUTHENTICATED} without
 * a token, {@code FORBIDDEN} for a role short), and anything unexpected ({@code INTERNAL},
 * message already masked by SmallRye GraphQL).
 */
public final class ErrorNormalizer {

    private ErrorNormalizer() {
    }

    public static List<GraphQLError> normalize(List<GraphQLError> errors) {
        List<GraphQLError> normalized = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            normalize(error, normalized);
        }
        return normalized;
    }

    private static void normalize(GraphQLError error, List<GraphQLError> into) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            GatewayError gatewayError = gatewayError(fetching.getException());
            if (gatewayError != null) {
                for (ErrorDetail detail : gatewayError.details()) {
                    into.add(rebuild(error, detail.message(), detail.extensions()));
                }
            } else {
                into.add(rebuild(error, error.getMessage(), Map.of("code", ErrorCodes.INTERNAL)));
            }
            return;
        }
        Map<String, Object> extensions = error.getExtensions();
        if (extensions != null && ErrorCodes.STABLE.contains(String.valueOf(extensions.get("code")))) {
            into.add(error);
        } else if (error.getErrorType() == ErrorType.ExecutionAborted) {
            into.add(rebuild(error, error.getMessage(), Map.of("code", ErrorCodes.VALIDATION, "limit", limitOf(error))));
        } else if (error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.InvalidSyntax) {
            into.add(rebuild(error, error.getMessage(), Map.of("code", ErrorCodes.VALIDATION)));
        } else {
            into.add(rebuild(error, error.getMessage(), Map.of("code", ErrorCodes.INTERNAL)));
        }
    }

    /** graphql-java's own refusals (SmallRye's depth and complexity settings) say which limit in the message only. */
    private static String limitOf(GraphQLError error) {
        String message = String.valueOf(error.getMessage());
        if (message.contains("depth")) {
            return "depth";
        }
        return message.contains("complexity") ? "complexity" : "execution";
    }

    private static GatewayError gatewayError(Throwable exception) {
        Throwable current = exception;
        for (int i = 0; current != null && i < 5; i++) {
            if (current instanceof GatewayError gatewayError) {
                return gatewayError;
            }
            if (current instanceof UnauthorizedException || current instanceof AuthenticationFailedException
                    || current instanceof AuthenticationCompletionException) {
                return GatewayError.unauthenticated();
            }
            if (current instanceof ForbiddenException) {
                return GatewayError.forbidden();
            }
            current = current.getCause();
        }
        return null;
    }

    private static GraphQLError rebuild(GraphQLError error, String message, Map<String, Object> extensions) {
        // graphql-java writes the error type as extensions.classification, "DataFetchingException"
        // by default: a class name a client has no use for. Ours is the code.
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(message).extensions(extensions)
                .errorType(ErrorClassification.errorClassification(String.valueOf(extensions.get("code"))));
        if (error.getLocations() != null) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }
}
