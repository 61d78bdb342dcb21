package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The service errors a client may read: each with its stable code, the field when there is one, and no stack trace. */
class ApiExceptionTests {

    static Stream<Arguments> everyKind() {
        return Stream.of(
                Arguments.of(new ValidationException("input.name", "input.name must not be blank"), ErrorCodes.VALIDATION, "input.name"),
                Arguments.of(new NotFoundException("id", "no venture with id v1"), ErrorCodes.NOT_FOUND, "id"),
                Arguments.of(new ConflictException("input.expectedVersion", "stale"), ErrorCodes.CONFLICT, "input.expectedVersion"),
                Arguments.of(new UpstreamUnavailableException("partners-service is unavailable, try again later"), ErrorCodes.UPSTREAM_UNAVAILABLE, null),
                Arguments.of(new UnauthenticatedException(), ErrorCodes.UNAUTHENTICATED, null),
                Arguments.of(new ForbiddenException(), ErrorCodes.FORBIDDEN, null));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyKind")
    void eachKindOfRefusalCarriesItsStableCode(ApiException refusal, String code, String field) {
        ErrorCode annotation = refusal.getClass().getAnnotation(ErrorCode.class);

        assertThat(annotation).isNotNull();
        assertThat(annotation.value()).isEqualTo(code);
        assertThat(ErrorCodes.STABLE).contains(code);
        assertThat(refusal.field()).isEqualTo(field);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyKind")
    void aRefusalIsAnAnswerNotABugAndCapturesNoStackTrace(ApiException refusal, String code, String field) {
        assertThat(refusal.getStackTrace()).isEmpty();
        assertThat(refusal.getSuppressed()).isEmpty();
        assertThat(refusal.getMessage()).doesNotContain("Exception", "java.");
    }

    @Test
    void theRefusalsOfTheTokenSayNothingOfWhy() {
        assertThat(new UnauthenticatedException().getMessage()).isEqualTo(UnauthenticatedException.MESSAGE)
                .isEqualTo("Authentication required");
        assertThat(new ForbiddenException().getMessage()).isEqualTo(ForbiddenException.MESSAGE)
                .isEqualTo("Your role does not allow this");
    }

    @Test
    void theStableCodesAreExactlyThePromisedTen() {
        assertThat(ErrorCodes.STABLE).containsExactlyInAnyOrder("VALIDATION", "NOT_FOUND", "CONFLICT",
                "UPSTREAM_UNAVAILABLE", "UNAUTHENTICATED", "FORBIDDEN", "INTERNAL", "OVERLOADED",
                "APPROVAL_REQUIRED", "PROPOSAL_EXPIRED");
    }

    @Test
    void theFieldExtensionIsWrittenForARefusalWithAField() {
        FieldErrorExtensionProvider provider = new FieldErrorExtensionProvider();

        assertThat(provider.getKey()).isEqualTo("field");
        assertThat(provider.mapValueFrom(new ValidationException("input.stakes[1].percentage", "too many places")))
                .isEqualTo(Json.createValue("input.stakes[1].percentage"));
    }

    @Test
    void noFieldExtensionForARefusalWithoutOneNorForAnythingElse() {
        FieldErrorExtensionProvider provider = new FieldErrorExtensionProvider();

        assertThat(provider.mapValueFrom(new ForbiddenException())).isNull();
        assertThat(provider.mapValueFrom(new IllegalStateException("input.name"))).isNull();
    }
}
