package io.jvplatform.support.error;

import graphql.GraphQLContext;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.ListType;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
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
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds which part of a variable graphql-java refused. Its message says only "Variable 'input' has
 * an invalid value" (and names the scalar's Java class); the client needs {@code input.kind}. So
 * the variable's value is walked against its declared type, the first value that does not coerce
 * is the answer (used by the services and by the gateway). Runs only for a refused request, so
 * parsing the document again costs nothing that matters.
 * <p>
 * A path starts at the field argument the variable is passed to ({@code input}, whatever the
 * variable is called), as our own checks name their fields. Scalars are checked as strictly as
 * SmallRye binds them: its Date and number scalars let any string through graphql-java, and the
 * binding of the input object refuses it later without saying where.
 */
public final class BadVariableLocator {

    /** Where, and what was expected there (a type name, or null when a required value is missing). */
    public record Location(String path, String expected) {
    }

    private BadVariableLocator() {
    }

    /** The first value of {@code variable} that does not fit its declared type. */
    public static Optional<Location> locate(GraphQLSchema schema, String query, String operationName, String variable,
                                            Map<String, Object> variables) {
        return walk(schema, query, operationName, variables, variable);
    }

    /** The first value of any variable of the operation (in declaration order) that does not fit its declared type. */
    public static Optional<Location> first(GraphQLSchema schema, String query, String operationName, Map<String, Object> variables) {
        return walk(schema, query, operationName, variables, null);
    }

    private static Optional<Location> walk(GraphQLSchema schema, String query, String operationName, Map<String, Object> variables,
                                           String only) {
        try {
            Document document = Parser.parse(query);
            for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                if (operationName != null && !operationName.equals(operation.getName())) {
                    continue;
                }
                Map<String, String> arguments = argumentsByVariable(operation);
                for (VariableDefinition definition : operation.getVariableDefinitions()) {
                    String name = definition.getName();
                    if (only != null && !only.equals(name)) {
                        continue;
                    }
                    Location bad = walk(toSchemaType(schema, definition.getType()), variables.get(name),
                            arguments.getOrDefault(name, name), variables.containsKey(name));
                    if (bad != null || only != null) {
                        return Optional.ofNullable(bad);
                    }
                }
            }
        } catch (RuntimeException e) {
            // a document we cannot read again: the caller reports the variable alone
        }
        return Optional.empty();
    }

    private static Location walk(GraphQLType type, Object value, String path, boolean present) {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value == null) {
                return new Location(path, null);
            }
            return walk(nonNull.getWrappedType(), value, path, true);
        }
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    Location bad = walk(list.getWrappedType(), items.get(i), path + "[" + i + "]", true);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            }
            return walk(list.getWrappedType(), value, path, true);
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                return new Location(path, object.getName());
            }
            for (Object key : fields.keySet()) {
                if (object.getField(String.valueOf(key)) == null) {
                    return new Location(path + "." + key, "a field of " + object.getName());
                }
            }
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                boolean given = fields.containsKey(field.getName());
                if (!given && field.hasSetDefaultValue()) {
                    continue;
                }
                Location bad = walk(field.getType(), fields.get(field.getName()), path + "." + field.getName(), given);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (type instanceof GraphQLEnumType enumeration) {
            boolean known = value instanceof String name && enumeration.getValue(name) != null;
            return known ? null : new Location(path, enumeration.getName());
        }
        if (type instanceof GraphQLScalarType scalar) {
            try {
                scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
                strictly(scalar.getName(), value);
                return null;
            } catch (RuntimeException e) {
                return new Location(path, scalar.getName());
            }
        }
        return null;
    }

    /** What SmallRye's scalars let through as any string (to be formatted later) and its binding then refuses. */
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

    /** The field argument each variable is first passed to, e.g. {@code change -> input} for {@code input: $change}. */
    private static Map<String, String> argumentsByVariable(OperationDefinition operation) {
        Map<String, String> arguments = new LinkedHashMap<>();
        new NodeTraverser().preOrder(new NodeVisitorStub() {
            @Override
            public TraversalControl visitArgument(Argument argument, TraverserContext<Node> context) {
                if (argument.getValue() instanceof VariableReference variable && context.getParentNode() instanceof Field) {
                    arguments.putIfAbsent(variable.getName(), argument.getName());
                }
                return TraversalControl.CONTINUE;
            }
        }, operation.getSelectionSet());
        return arguments;
    }

    private static GraphQLType toSchemaType(GraphQLSchema schema, Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return GraphQLNonNull.nonNull(toSchemaType(schema, nonNull.getType()));
        }
        if (type instanceof ListType list) {
            return GraphQLList.list(toSchemaType(schema, list.getType()));
        }
        GraphQLType named = schema.getType(((TypeName) type).getName());
        if (!(named instanceof GraphQLInputType)) {
            throw new IllegalArgumentException("not an input type: " + named);
        }
        return named;
    }
}
