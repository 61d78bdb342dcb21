package io.jvplatform.support.error;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;
import io.jvplatform.support.graphql.ResultRewriting;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.transformation.TransformException;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every error a service answers a stable {@code extensions.code}, and input errors the
 * field's path, whoever raised them. Our {@link ApiException}s already carry both. What graphql-java
 * refuses before any resolver runs — a malformed value inside an input object, a wrong literal, a
 * document that does not parse — came back without a code, without {@code extensions.field} and
 * with a message quoting graphql-java's AST classes ({@code IntValue{value=5}}); those become
 * {@code VALIDATION} with the path ({@code input.kind}) and a short message. Anything else a
 * resolver threw is {@code INTERNAL}, not a code made of a Java class name
 * ({@code arc-undeclared-throwable}). Which of these an error is, {@link ErrorKind} says (the gateway
 * asks it too); this class adds the messages and fields.
 * <p>
 * Registered through {@code META-INF/services/io.smallrye.graphql.spi.EventingService}, on when
 * {@value #CONFIG_KEY} is true; it runs as one of the {@link ResultRewriting} rewriters, last.
 */
public class StableErrorCodes implements EventingService {

    static final String CONFIG_KEY = "jv.graphql.stable-error-codes";

    /** graphql-java's literal checks: "argument 'input.kind' with value '...' is not a valid 'PartnerKind' - ...". */
    private static final Pattern WRONG_LITERAL = Pattern.compile("argument '([^']+)' with value .*? is not a valid '([^']+)'", Pattern.DOTALL);
    private static final Pattern MISSING_FIELDS = Pattern.compile("argument '([^']+)' with value .*? is missing required fields '\\[([^\\]]*)\\]'", Pattern.DOTALL);
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("argument '([^']+)' with value .*? contains a field not in '[^']+': '([^']+)'", Pattern.DOTALL);
    /** Variable coercion: "Variable 'input' has an invalid value: ..."; the rest names the type and the value. */
    private static final Pattern BAD_VARIABLE = Pattern.compile("Variable '([^']+)' has an invalid value: (.*)", Pattern.DOTALL);

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return ResultRewriting.add(builder, RANK, StableErrorCodes::normalized);
    }

    /** After every more specific rewriter (a service's own input errors): this one claims whatever is left. */
    public static final int RANK = 100;

    static ExecutionResult normalized(ExecutionResult result, InstrumentationExecutionParameters parameters) {
        if (result.getErrors().isEmpty()) {
            return result;
        }
        List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
        result.getErrors().forEach(error -> errors.add(normalize(error, parameters)));
        return result.transform(answer -> answer.errors(errors));
    }

    static GraphQLError normalize(GraphQLError error, InstrumentationExecutionParameters request) {
        return switch (ErrorKind.of(error)) {
            // ours carry their code and field (SmallRye's error extension providers write them for an ApiException)
            case ANSWER -> error;
            case EXPENSIVE_INTROSPECTION -> rebuild(error, error.getMessage(), ErrorKind.extensions(error));
            case REFUSED_REQUEST -> refused(error, request);
            case FAULT -> error instanceof ExceptionWhileDataFetching fetching ? failedFetch(fetching, request)
                    : rebuild(error, error.getMessage(), ErrorCodes.INTERNAL, null);
        };
    }

    /** graphql-java's refusal of the request, with a message that quotes no AST class and the field when it has one. */
    private static GraphQLError refused(GraphQLError error, InstrumentationExecutionParameters request) {
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return rebuild(error, "the document is not valid GraphQL: " + error.getMessage()
                    .replaceFirst("^Invalid [sS]yntax( error)?[ :]*", ""), ErrorCodes.VALIDATION, null);
        }
        if (error.getErrorType() == ErrorType.ValidationError || error instanceof ValidationError) {
            String description = error instanceof ValidationError validation && validation.getDescription() != null
                    ? validation.getDescription() : error.getMessage();
            return invalidInput(error, description, request);
        }
        return rebuild(error, error.getMessage(), ErrorCodes.VALIDATION, null);
    }

    /** What a resolver threw that is not ours: our fault, unless SmallRye could not bind an argument graphql-java accepted. */
    private static GraphQLError failedFetch(ExceptionWhileDataFetching error, InstrumentationExecutionParameters request) {
        // SmallRye could not turn an argument graphql-java accepted into the method's Java type (1.5 for an Integer)
        TransformException transform = transformException(error.getException());
        if (transform != null) {
            String field = argumentName(transform);
            return rebuild(error, (field == null ? "an argument" : field) + " is not a valid value", ErrorCodes.VALIDATION, field);
        }
        // SmallRye's own scalar parsing of an argument ("Can not parse a integer from [1.5]"): name the variable that held it
        Throwable coercing = coercingException(error.getException());
        if (coercing != null) {
            String field = variableHolding(coercing.getMessage(), request);
            return rebuild(error, (field == null ? "a value" : field) + " is not a valid value", ErrorCodes.VALIDATION, field);
        }
        return rebuild(error, error.getMessage(), ErrorCodes.INTERNAL, null);
    }

    private static GraphQLError invalidInput(GraphQLError error, String description, InstrumentationExecutionParameters request) {
        Matcher literal = WRONG_LITERAL.matcher(description);
        if (literal.find()) {
            return rebuild(error, literal.group(1) + " is not a valid " + literal.group(2), ErrorCodes.VALIDATION, literal.group(1));
        }
        Matcher missing = MISSING_FIELDS.matcher(description);
        if (missing.find()) {
            String field = missing.group(1) + "." + missing.group(2).split(",")[0].strip();
            return rebuild(error, field + " is required", ErrorCodes.VALIDATION, field);
        }
        Matcher unknown = UNKNOWN_FIELD.matcher(description);
        if (unknown.find()) {
            String field = unknown.group(1) + "." + unknown.group(2);
            return rebuild(error, field + " is not a field of " + unknown.group(1), ErrorCodes.VALIDATION, field);
        }
        Matcher variable = BAD_VARIABLE.matcher(description);
        if (variable.find()) {
            String name = variable.group(1);
            Optional<BadVariableLocator.Location> located = BadVariableLocator.locate(request.getSchema(), request.getQuery(),
                    request.getOperation(), name, request.getVariables());
            String field = located.map(BadVariableLocator.Location::path).orElse(name);
            String expected = located.map(BadVariableLocator.Location::expected).orElse(null);
            String message = located.isPresent() && expected == null ? field + " is required"
                    : field + " is not a valid " + (expected != null ? expected : "value");
            return rebuild(error, message, ErrorCodes.VALIDATION, field);
        }
        return rebuild(error, description, ErrorCodes.VALIDATION, null);
    }

    private static Throwable coercingException(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof CoercingParseLiteralException || cause instanceof CoercingParseValueException) {
                return cause;
            }
        }
        return null;
    }

    private static final Pattern BRACKETED_VALUE = Pattern.compile("\\[([^\\]]*)\\]");

    private static String variableHolding(String message, InstrumentationExecutionParameters request) {
        Matcher value = BRACKETED_VALUE.matcher(String.valueOf(message));
        if (!value.find() || request.getVariables() == null) {
            return null;
        }
        for (Map.Entry<String, Object> variable : request.getVariables().entrySet()) {
            if (variable.getValue() != null && value.group(1).equals(String.valueOf(variable.getValue()))) {
                return variable.getKey();
            }
        }
        return null;
    }

    private static TransformException transformException(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransformException transform) {
                return transform;
            }
        }
        return null;
    }

    /** The argument's name; SmallRye keeps it in a private field of the exception. */
    private static String argumentName(TransformException exception) {
        try {
            Field field = TransformException.class.getDeclaredField("field");
            field.setAccessible(true);
            Object model = field.get(exception);
            return model instanceof io.smallrye.graphql.schema.model.Field argument ? argument.getName() : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static GraphQLError rebuild(GraphQLError error, String message, String code, String field) {
        return rebuild(error, message, new ErrorDetail(message, code, field, null).extensions());
    }

    private static GraphQLError rebuild(GraphQLError error, String message, Map<String, Object> extensions) {
        // a refused input has no result path; a failed field keeps its own
        List<Object> path = error.getErrorType() == ErrorType.ValidationError ? null : error.getPath();
        return new ClientError(message, error.getLocations(), path, extensions);
    }
}
