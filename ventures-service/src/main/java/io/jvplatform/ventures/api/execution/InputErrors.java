package io.jvplatform.ventures.api.execution;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
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
import graphql.schema.idl.TypeUtil;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationErrorType;
import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.error.FieldErrorExtensionProvider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns graphql-java's refusals of malformed input values ({@code percentage: "abc"},
 * {@code effectiveDate: "2025-13-45"}) into our errors: code VALIDATION, {@code extensions.field}
 * naming the input field as our own checks do ({@code input.stakes[0].percentage}), and a short
 * message. graphql-java's own message echoes the whole input object and Java type names, and has
 * no field. Values in variables are found by walking them against the schema (only once a request
 * has already failed); literals in the document are named in graphql-java's message.
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

    /** The first variable value (depth first) that its scalar or enum refuses, named by the argument it is passed to. */
    static Optional<BadValue> badVariable(ExecutionInput input, GraphQLSchema schema) {
        Document document;
        try {
            document = Parser.parse(input.getQuery());
        } catch (RuntimeException unparseable) {
            return Optional.empty();
        }
        Map<String, Object> variables = input.getVariables();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (input.getOperationName() != null && !input.getOperationName().equals(operation.getName())) {
                continue;
            }
            Map<String, String> arguments = argumentsByVariable(operation);
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                GraphQLType type = schema.getType(TypeUtil.unwrapAll(variable.getType()).getName());
                if (!(type instanceof GraphQLInputType)) {
                    continue;
                }
                GraphQLInputType declared = wrap((GraphQLInputType) type, variable.getType());
                Optional<BadValue> bad = walk(declared, variables.get(variable.getName()),
                        arguments.getOrDefault(variable.getName(), variable.getName()));
                if (bad.isPresent()) {
                    return bad;
                }
            }
        }
        return Optional.empty();
    }

    private static GraphQLInputType wrap(GraphQLInputType named, graphql.language.Type<?> type) {
        if (type instanceof graphql.language.NonNullType nonNull) {
            return GraphQLNonNull.nonNull(wrap(named, nonNull.getType()));
        }
        if (type instanceof graphql.language.ListType list) {
            return GraphQLList.list(wrap(named, list.getType()));
        }
        return named;
    }

    private static Optional<BadValue> walk(GraphQLInputType type, Object value, String path) {
        if (value == null) {
            return Optional.empty();
        }
        if (type instanceof GraphQLNonNull nonNull) {
            return walk((GraphQLInputType) nonNull.getWrappedType(), value, path);
        }
        if (type instanceof GraphQLList list) {
            if (value instanceof List<?> values) {
                for (int i = 0; i < values.size(); i++) {
                    Optional<BadValue> bad = walk((GraphQLInputType) list.getWrappedType(), values.get(i), path + "[" + i + "]");
                    if (bad.isPresent()) {
                        return bad;
                    }
                }
                return Optional.empty();
            }
            return walk((GraphQLInputType) list.getWrappedType(), value, path);
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                return Optional.of(new BadValue(path, "must be an object"));
            }
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                Optional<BadValue> bad = walk(field.getType(), fields.get(field.getName()), path + "." + field.getName());
                if (bad.isPresent()) {
                    return bad;
                }
            }
            return Optional.empty();
        }
        try {
            if (type instanceof GraphQLScalarType scalar) {
                scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
                strictly(scalar.getName(), value);
            } else if (type instanceof GraphQLEnumType enumType && enumType.getValue(String.valueOf(value)) == null) {
                throw new IllegalArgumentException("not an enum value");
            }
            return Optional.empty();
        } catch (RuntimeException refused) {
            return Optional.of(new BadValue(path, expectation(type)));
        }
    }

    /**
     * What SmallRye's scalars let through as any string (its number and date scalars accept text,
     * to be formatted later) and its binding of the input object then refuses.
     */
    private static void strictly(String scalar, Object value) {
        switch (scalar) {
            case "Date" -> LocalDate.parse(value.toString());
            case "DateTime" -> OffsetDateTime.parse(value.toString());
            case "BigDecimal", "Float" -> new BigDecimal(value.toString());
            case "BigInteger", "Int", "Long" -> new BigDecimal(value.toString()).toBigIntegerExact();
            case "Boolean" -> {
                if (!(value instanceof Boolean)) {
                    throw new IllegalArgumentException("not a boolean");
                }
            }
            default -> {
            }
        }
    }

    /** What the value should have been, in words a client understands (no Java type names). */
    private static String expectation(GraphQLInputType type) {
        String name = type instanceof GraphQLScalarType scalar ? scalar.getName() : "";
        return switch (name) {
            case "Date" -> "must be a date (YYYY-MM-DD)";
            case "DateTime" -> "must be a date-time (ISO 8601 with offset)";
            case "BigDecimal", "Float" -> "must be a decimal number";
            case "BigInteger", "Int", "Long" -> "must be an integer";
            case "Boolean" -> "must be true or false";
            case "String", "ID" -> "must be a string";
            default -> type instanceof GraphQLEnumType ? "is not one of the allowed values" : "has a value of the wrong type";
        };
    }

    private static Map<String, String> argumentsByVariable(OperationDefinition operation) {
        Map<String, String> arguments = new LinkedHashMap<>();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitArgument(Argument argument, TraverserContext<graphql.language.Node> context) {
                if (argument.getValue() instanceof VariableReference variable) {
                    arguments.putIfAbsent(variable.getName(), argument.getName());
                }
                return TraversalControl.CONTINUE;
            }
        }, operation.getSelectionSet());
        return arguments;
    }

    private static GraphQLError refusal(String field, String expectation, List<SourceLocation> locations) {
        return new Refusal(field + " " + expectation, field, locations);
    }

    enum InvalidInput implements ErrorClassification {
        INSTANCE
    }

    /** Serialised exactly as our other VALIDATION errors: message, locations, extensions code and field. */
    record Refusal(String message, String field, List<SourceLocation> locations) implements GraphQLError {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<SourceLocation> getLocations() {
            return locations;
        }

        /** Not graphql-java's ValidationError, which Quarkus answers with HTTP 400; never serialised (see toSpecification). */
        @Override
        public ErrorClassification getErrorType() {
            return InvalidInput.INSTANCE;
        }

        @Override
        public Map<String, Object> getExtensions() {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", ErrorCodes.VALIDATION);
            extensions.put(FieldErrorExtensionProvider.KEY, field);
            return extensions;
        }

        @Override
        public Map<String, Object> toSpecification() {
            Map<String, Object> specification = new LinkedHashMap<>();
            specification.put("message", message);
            if (locations != null && !locations.isEmpty()) {
                specification.put("locations", locations.stream()
                        .map(location -> Map.of("line", location.getLine(), "column", location.getColumn())).toList());
            }
            specification.put("extensions", getExtensions());
            return specification;
        }
    }
}
