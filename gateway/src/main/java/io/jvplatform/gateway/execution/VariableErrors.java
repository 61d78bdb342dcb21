package io.jvplatform.gateway.execution;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.TypeInfo;
import io.jvplatform.support.error.ErrorCodes;

/**
 * graphql-java refuses a variable whose value does not fit its type ({@code "percentage": "abc"}
 * deep inside an input) with one sentence about the whole variable. A client needs the field:
 * on that error path only, the variable is walked against its type to find the first value
 * that does not fit, and the error says where ({@code extensions.field = "input.percentage"})
 * and what was expected, echoing neither the input nor a Java type.
 */
final class VariableErrors {

    /** graphql-java's sentences for a variable that does not fit (the second names no variable). */
    private static final Pattern INVALID_VARIABLE = Pattern.compile(
            "^(Variable '[^']+' has an invalid value|The variables input contains a field name)");

    private VariableErrors() {
    }

    static List<GraphQLError> located(List<GraphQLError> errors, GraphQLSchema schema, String query,
            Map<String, Object> variables) {
        return errors.stream().map(error -> located(error, schema, query, variables)).toList();
    }

    private static GraphQLError located(GraphQLError error, GraphQLSchema schema, String query, Map<String, Object> variables) {
        Matcher matcher = INVALID_VARIABLE.matcher(String.valueOf(error.getMessage()));
        if (!matcher.find()) {
            return error;
        }
        try {
            Document document = Parser.parse(query);
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                for (VariableDefinition definition : operation.getVariableDefinitions()) {
                    GraphQLType type = schema.getType(TypeInfo.typeInfo(definition.getType()).getName());
                    GraphQLType wrapped = TypeInfo.typeInfo(definition.getType()).decorate(type);
                    Problem problem = find(definition.getName(), (GraphQLInputType) wrapped, variables.get(definition.getName()));
                    if (problem != null) {
                        return refusal(problem);
                    }
                }
            }
        } catch (RuntimeException e) {
            // the document was parsed once already; if anything here fails the original error stands
        }
        return error;
    }

    private record Problem(String field, String message) {
    }

    private static Problem find(String path, GraphQLInputType type, Object value) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value == null ? new Problem(path, "is required") : find(path, (GraphQLInputType) nonNull.getWrappedType(), value);
        }
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            if (!(value instanceof List<?> items)) {
                return find(path, (GraphQLInputType) list.getWrappedType(), value);
            }
            for (int i = 0; i < items.size(); i++) {
                Problem problem = find(path + "[" + i + "]", (GraphQLInputType) list.getWrappedType(), items.get(i));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                return new Problem(path, "must be an object");
            }
            for (Object key : fields.keySet()) {
                if (object.getField(String.valueOf(key)) == null) {
                    return new Problem(path + "." + key, "is not a field of " + object.getName());
                }
            }
            for (GraphQLInputObjectField field : object.getFields()) {
                Problem problem = find(path + "." + field.getName(), field.getType(), fields.get(field.getName()));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (type instanceof GraphQLEnumType enumeration) {
            return enumeration.getValue(String.valueOf(value)) == null
                    ? new Problem(path, "must be one of " + enumeration.getValues().stream().map(v -> v.getName()).toList())
                    : null;
        }
        if (type instanceof GraphQLScalarType scalar) {
            try {
                scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
                return null;
            } catch (RuntimeException e) {
                return new Problem(path, "must be " + expected(scalar));
            }
        }
        return null;
    }

    private static String expected(GraphQLScalarType scalar) {
        return switch (scalar.getName()) {
            case "Date" -> "an ISO-8601 date (2025-06-01)";
            case "DateTime" -> "an ISO-8601 date-time with offset (2025-06-01T12:00:00Z)";
            case "BigDecimal" -> "a decimal number (\"50.0000\")";
            case "Int" -> "a 32-bit integer";
            case "Float" -> "a number";
            case "Boolean" -> "true or false";
            default -> "a " + GraphQLTypeUtil.simplePrint(scalar);
        };
    }

    private static GraphQLError refusal(Problem problem) {
        return GraphqlErrorBuilder.newError().message(problem.field() + " " + problem.message())
                .extensions(Map.of("code", ErrorCodes.VALIDATION, "field", problem.field())).build();
    }
}
