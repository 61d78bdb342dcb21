package io.jvplatform.support.error;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.introspection.GoodFaithIntrospection;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of GraphQL error, whoever raised it, and the stable code and extensions a client reads for it. */
class ErrorKindTests {

    private static final Map<String, Object> OURS = Map.of("code", ErrorCodes.CONFLICT, "field", "input.expectedVersion");

    static Stream<Arguments> everyKindOfError() {
        return Stream.of(
                Arguments.of("an error with a stable code", GraphqlErrorBuilder.newError().message("m").extensions(OURS).build(),
                        ErrorKind.ANSWER, OURS),
                Arguments.of("an error with a code we never promised", GraphqlErrorBuilder.newError().message("m")
                        .extensions(Map.of("code", "BOOM")).build(), ErrorKind.FAULT, Map.of("code", ErrorCodes.INTERNAL)),
                Arguments.of("a refusal a resolver threw", fetching(new ValidationException("input.name", "input.name must not be blank")),
                        ErrorKind.ANSWER, Map.of("code", ErrorCodes.VALIDATION, "field", "input.name")),
                Arguments.of("a refusal wrapped by a proxy", fetching(new IllegalStateException("proxy",
                        UpstreamUnavailableException.of("partners-service"))),
                        ErrorKind.ANSWER, Map.of("code", ErrorCodes.UPSTREAM_UNAVAILABLE, "service", "partners-service")),
                Arguments.of("anything else a resolver threw", fetching(new IllegalStateException("connection reset")),
                        ErrorKind.FAULT, Map.of("code", ErrorCodes.INTERNAL)),
                Arguments.of("an introspection built to be expensive", GoodFaithIntrospection.BadFaithIntrospectionError.tooManyFields("__schema"),
                        ErrorKind.EXPENSIVE_INTROSPECTION, Map.of("code", ErrorCodes.VALIDATION, "limit", "introspection")),
                Arguments.of("a document that does not validate", ValidationError.newValidationError()
                        .validationErrorType(ValidationErrorType.FieldUndefined).description("no field x").build(),
                        ErrorKind.REFUSED_REQUEST, Map.of("code", ErrorCodes.VALIDATION)),
                Arguments.of("a variable that does not coerce", typed(ErrorType.ValidationError),
                        ErrorKind.REFUSED_REQUEST, Map.of("code", ErrorCodes.VALIDATION)),
                Arguments.of("a document that does not parse", typed(ErrorType.InvalidSyntax),
                        ErrorKind.REFUSED_REQUEST, Map.of("code", ErrorCodes.VALIDATION)),
                Arguments.of("an execution aborted by a limit", typed(ErrorType.ExecutionAborted),
                        ErrorKind.REFUSED_REQUEST, Map.of("code", ErrorCodes.VALIDATION)),
                Arguments.of("a failed fetch of graphql-java's own", typed(ErrorType.DataFetchingException),
                        ErrorKind.FAULT, Map.of("code", ErrorCodes.INTERNAL)),
                Arguments.of("a null where the schema promised a value", typed(ErrorType.NullValueInNonNullableField),
                        ErrorKind.FAULT, Map.of("code", ErrorCodes.INTERNAL)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("everyKindOfError")
    void eachErrorIsOfOneKindWithTheExtensionsAClientReads(String label, GraphQLError error, ErrorKind kind,
                                                           Map<String, Object> extensions) {
        assertThat(ErrorKind.of(error)).isEqualTo(kind);
        assertThat(ErrorKind.extensions(error)).isEqualTo(extensions).doesNotContainKey("classification");
        assertThat(ErrorCodes.STABLE).contains(String.valueOf(ErrorKind.extensions(error).get("code")));
    }

    private static GraphQLError fetching(Throwable exception) {
        return new ExceptionWhileDataFetching(ResultPath.rootPath().segment("venture"), exception, new SourceLocation(1, 3));
    }

    private static GraphQLError typed(ErrorType type) {
        return GraphqlErrorBuilder.newError().message("m").errorType(type).build();
    }
}
