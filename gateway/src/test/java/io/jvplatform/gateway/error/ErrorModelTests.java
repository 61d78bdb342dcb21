package io.jvplatform.gateway.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import io.jvplatform.support.error.ErrorCodes;

/** The gateway's errors: the codes and extensions a client reads, and graphql-java's own errors normalised to them. */
class ErrorModelTests {

    @Test
    void aRefusedInputCarriesItsCodeAndField() {
        assertThat(GatewayError.validation("input.name", "input.name must not be blank").details())
                .containsExactly(new ErrorDetail("input.name must not be blank", ErrorCodes.VALIDATION, "input.name", null));
    }

    @Test
    void aLimitIsNamedInItsOwnExtension() {
        assertThat(GatewayError.limit("depth", null, "too deep").details().get(0).extensions())
                .containsExactly(Map.entry("code", ErrorCodes.VALIDATION), Map.entry("limit", "depth"));
        assertThat(GatewayError.limit(null, "after", "not a cursor").details().get(0).extensions())
                .containsExactly(Map.entry("code", ErrorCodes.VALIDATION), Map.entry("field", "after"));
    }

    @Test
    void aServiceOutageNamesTheService() {
        GatewayError down = GatewayError.upstreamUnavailable("partners-service");

        assertThat(down.code()).isEqualTo(ErrorCodes.UPSTREAM_UNAVAILABLE);
        assertThat(down.getMessage()).isEqualTo("partners-service is unavailable, try again later");
        assertThat(down.details().get(0).extensions()).containsEntry("service", "partners-service");
    }

    @Test
    void theTokensRefusalsSayNothingOfWhy() {
        assertThat(GatewayError.unauthenticated().details()).containsExactly(
                new ErrorDetail("Authentication required", ErrorCodes.UNAUTHENTICATED, null, null));
        assertThat(GatewayError.forbidden().details()).containsExactly(
                new ErrorDetail("Your role does not allow this", ErrorCodes.FORBIDDEN, null, null));
        assertThat(GatewayError.overloaded().code()).isEqualTo(ErrorCodes.OVERLOADED);
    }

    @Test
    void codeAndFieldComeFirstAndAreNeverOverwrittenByTheExtras() {
        ErrorDetail detail = new ErrorDetail("m", ErrorCodes.NOT_FOUND, "id", Map.of("code", "OTHER", "field", "x", "service", "s"));

        assertThat(detail.extensions()).containsEntry("code", ErrorCodes.NOT_FOUND).containsEntry("field", "id")
                .containsEntry("service", "s");
        assertThat(detail.extensions().keySet()).startsWith("code", "field");
    }

    @Test
    void anExpectedErrorCostsNoStackTrace() {
        assertThat(GatewayError.notFound("id", "no venture with id v1").getStackTrace()).isEmpty();
    }

    @Test
    void severalDetailsMakeOneErrorReadByItsFirst() {
        GatewayError error = new GatewayError(List.of(new ErrorDetail("first", ErrorCodes.CONFLICT, null, null),
                new ErrorDetail("second", ErrorCodes.VALIDATION, null, null)));

        assertThat(error.getMessage()).isEqualTo("first");
        assertThat(error.code()).isEqualTo(ErrorCodes.CONFLICT);
        assertThat(error.details()).hasSize(2);
    }

    @Test
    void anErrorWithAStableCodeKeepsItsExtensions() {
        Map<String, Object> ours = Map.of("code", ErrorCodes.CONFLICT, "field", "input.expectedVersion");

        assertThat(ErrorNormalizer.extensions(GraphqlErrorBuilder.newError().message("m").extensions(ours).build())).isEqualTo(ours);
    }

    @Test
    void graphqlJavasRefusalsOfTheRequestAreValidation() {
        for (ErrorType type : List.of(ErrorType.ValidationError, ErrorType.InvalidSyntax, ErrorType.ExecutionAborted)) {
            assertThat(ErrorNormalizer.extensions(GraphqlErrorBuilder.newError().message("m").errorType(type).build()))
                    .isEqualTo(Map.of("code", ErrorCodes.VALIDATION));
        }
    }

    @Test
    void anythingElseIsInternalAndAnUnknownCodeIsNotKept() {
        assertThat(ErrorNormalizer.extensions(GraphqlErrorBuilder.newError().message("m").errorType(ErrorType.DataFetchingException).build()))
                .isEqualTo(Map.of("code", ErrorCodes.INTERNAL));
        assertThat(ErrorNormalizer.extensions(GraphqlErrorBuilder.newError().message("m").extensions(Map.of("code", "BOOM")).build()))
                .isEqualTo(Map.of("code", ErrorCodes.INTERNAL));
    }
}
