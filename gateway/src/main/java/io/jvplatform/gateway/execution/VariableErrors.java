package io.jvplatform.gateway.execution;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.GraphQLSchema;
import io.jvplatform.support.error.BadVariableLocator;
import io.jvplatform.support.error.ErrorCodes;

/**
 * graphql-java refuses a variable whose value does not fit its type ({@code "percentage": "abc"}
 * deep inside an input) with one sentence about the whole variable. A client needs the field:
 * on that error path only, service-support's {@link BadVariableLocator} (the services use it
 * too) walks the variable to the first value that does not fit, and the error says where
 * ({@code extensions.field = "input.percentage"}) and what was expected, echoing neither the
 * input nor a Java type.
 */
final class VariableErrors {

    /** graphql-java's sentences for a variable that does not fit; the second names no variable. */
    private static final Pattern INVALID_VARIABLE = Pattern.compile("^Variable '([^']+)' has an invalid value");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("^The variables input contains a field name");

    private VariableErrors() {
    }

    static List<GraphQLError> located(List<GraphQLError> errors, GraphQLSchema schema, String query,
            String operationName, Map<String, Object> variables) {
        return errors.stream().map(error -> located(error, schema, query, operationName, variables)).toList();
    }

    private static GraphQLError located(GraphQLError error, GraphQLSchema schema, String query, String operationName,
            Map<String, Object> variables) {
        String message = String.valueOf(error.getMessage());
        Matcher invalid = INVALID_VARIABLE.matcher(message);
        List<String> suspects = invalid.find() ? List.of(invalid.group(1))
                : UNKNOWN_FIELD.matcher(message).find() ? List.copyOf(variables.keySet()) : List.of();
        for (String variable : suspects) {
            Optional<BadVariableLocator.Location> location = BadVariableLocator.locate(schema, query, operationName,
                    variable, variables);
            if (location.isPresent()) {
                return refusal(location.get());
            }
        }
        return error;
    }

    private static GraphQLError refusal(BadVariableLocator.Location location) {
        String expected = location.expected();
        String message = location.path() + (expected == null ? " is required"
                : expected.startsWith("a field of") ? " is not " + expected
                : " must be " + expected(expected));
        return GraphqlErrorBuilder.newError().message(message)
                .extensions(Map.of("code", ErrorCodes.VALIDATION, "field", location.path())).build();
    }

    private static String expected(String type) {
        return switch (type) {
            case "Date" -> "an ISO-8601 date (2025-06-01)";
            case "DateTime" -> "an ISO-8601 date-time with offset (2025-06-01T12:00:00Z)";
            case "BigDecimal" -> "a decimal number (\"50.0000\")";
            case "Int" -> "a 32-bit integer";
            case "Boolean" -> "true or false";
            default -> "a " + type;
        };
    }
}
