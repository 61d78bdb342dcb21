package io.jvplatform.ventures.api.execution;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.validation.ValidationErrorType;
import io.jvplatform.support.error.BadVariableLocator;
import io.jvplatform.support.error.ClientError;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns graphql-java's refusals of malformed input values ({@code percentage: "abc"},
 * {@code effectiveDate: "2025-13-45"}) into our errors: code VALIDATION, {@code extensions.field}
 * naming the input field as our own checks do ({@code input.stakes[0].percentage}), and a short
 * message in this service's words ("must be a decimal number"). graphql-java's own message echoes
 * the whole input object and Java type names, and has no field. Values in variables are found by
 * service-support's {@link BadVariableLocator} (only once a request has already failed); literals
 * in the document are named in graphql-java's message.
 */
final class InputErrors {

    private static final Pattern LITERAL_ARGUMENT = Pattern.compile("argument '([^']+)'");

    private InputErrors() {
    }

    /** The replacement for {@code error}, or empty when it is not about a malformed input value. */
    static Optional<GraphQLError> replacement(GraphQLError error, ExecutionInput input, GraphQLSchema schema) {
        if (error instanceof ExceptionWhileDataFetching fetching && isTransformation(fetching.getException())) {
            // SmallRye's Date scalar lets any string through; its JSON-B binding of the input object then fails.
            return badVariable(input, schema).map(bad -> refusal(bad.path(), bad.expectation(), error.getLocations()));
        }
        if (error.getErrorType() != ErrorType.ValidationError && !(error instanceof graphql.validation.ValidationError)) {
            return Optional.empty();
        }
        if (error instanceof graphql.validation.ValidationError validation) {
            if (validation.getValidationErrorType() != ValidationErrorType.WrongType) {
                return Optional.empty();
            }
            // graphql-java names only the argument ('input'); the walk finds the field inside it.
            Optional<BadValue> inVariables = badVariable(input, schema);
            if (inVariables.isPresent()) {
                return inVariables.map(bad -> refusal(bad.path(), bad.expectation(), error.getLocations()));
            }
            Matcher argument = LITERAL_ARGUMENT.matcher(String.valueOf(error.getMessage()));
            return argument.find() ? Optional.of(refusal(argument.group(1), "has a value of the wrong type", error.getLocations()))
                    : Optional.empty();
        }
        return badVariable(input, schema).map(bad -> refusal(bad.path(), bad.expectation(), error.getLocations()));
    }

    record BadValue(String path, String expectation) {
    }

    private static boolean isTransformation(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().equals("io.smallrye.graphql.transformation.TransformException")) {
                return true;
            }
        }
        return false;
    }

    /** The first variable value (depth first) that does not fit, named by the argument it is passed to. */
    static Optional<BadValue> badVariable(ExecutionInput input, GraphQLSchema schema) {
        return BadVariableLocator.first(schema, input.getQuery(), input.getOperationName(), input.getVariables())
                .map(bad -> new BadValue(bad.path(), expectation(bad.expected(), schema)));
    }

    /** What the value should have been, in words a client understands (no Java type names). */
    private static String expectation(String expected, GraphQLSchema schema) {
        if (expected == null) {
            return "is required";
        }
        if (expected.startsWith("a field of ")) {
            return "is not " + expected;
        }
        GraphQLType type = schema.getType(expected);
        return switch (expected) {
            case "Date" -> "must be a date (YYYY-MM-DD)";
            case "DateTime" -> "must be a date-time (ISO 8601 with offset)";
            case "BigDecimal", "Float" -> "must be a decimal number";
            case "BigInteger", "Int", "Long" -> "must be an integer";
            case "Boolean" -> "must be true or false";
            case "String", "ID" -> "must be a string";
            default -> type instanceof GraphQLEnumType ? "is not one of the allowed values"
                    : type instanceof GraphQLInputObjectType ? "must be an object" : "has a value of the wrong type";
        };
    }

    private static GraphQLError refusal(String field, String expectation, List<SourceLocation> locations) {
        return ClientError.invalidInput(field + " " + expectation, field, locations);
    }
}
