package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The errors a client may read (from a service or the gateway): each with its stable code, the field when there is one, and no stack trace. */
class ApiExceptionTests {

    static Stream<Arguments> everyKind() {
        return Stream.of(
                Arguments.of(new ValidationException("input.name", "input.name must not be blank"), ErrorCodes.VALIDATION, "input.name"),
                Arguments.of(new NotFoundException("id", "no venture with id v1"), ErrorCodes.NOT_FOUND, "id"),
                Arguments.of(new ConflictException("input.expectedVersion", "stale"), ErrorCodes.CONFLICT, "input.expectedVersion"),
                Arguments.of(new UpstreamUnavailableException("partners-service is unavailable, try again later"), ErrorCodes.UPSTREAM_UNAVAILABLE, null),
                Arguments.of(new UnauthenticatedException(), ErrorCodes.UNAUTHENTICATED, null),
                Arguments.of(new ForbiddenException(), ErrorCodes.FORBIDDEN, null),
                Arguments.of(new OverloadedException(), ErrorCodes.OVERLOADED, null),
                Arguments.of(new LimitExceededException("depth", null, "the query is nested deeper than 12 levels"), ErrorCodes.VALIDATION, null),
                Arguments.of(UpstreamUnavailableException.of("partners-service"), ErrorCodes.UPSTREAM_UNAVAILABLE, null));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyKind")
    void eachKindOfRefusalCarriesItsStableCode(ApiException refusal, String code, String field) {
        ErrorCode annotation = refusal.getClass().getAnnotation(ErrorCode.class);

        assertThat(annotation).isNotNull();
        assertThat(annotation.value()).isEqualTo(code);
        assertThat(ErrorCodes.STABLE).contains(code);
        assertThat(refusal.field()).isEqualTo(field);
        assertThat(refusal.code()).as("read from the same annotation SmallRye writes").isEqualTo(code);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyKind")
    void aRefusalIsOneDetailOfItself(ApiException refusal, String code, String field) {
        assertThat(refusal.details()).containsExactly(new ErrorDetail(refusal.getMessage(), code, field, refusal.extensions()));
        assertThat(refusal.details().get(0).extensions()).containsEntry("code", code).containsAllEntriesOf(refusal.extensions());
    }

    @Test
    void aRefusedInputCarriesItsCodeAndField() {
        assertThat(new ValidationException("input.name", "input.name must not be blank").details())
                .containsExactly(new ErrorDetail("input.name must not be blank", ErrorCodes.VALIDATION, "input.name", null));
    }

    @Test
    void aLimitIsNamedInItsOwnExtension() {
        assertThat(new LimitExceededException("depth", null, "too deep").details().get(0).extensions())
                .containsExactly(Map.entry("code", ErrorCodes.VALIDATION), Map.entry("limit", "depth"));
        assertThat(new LimitExceededException(null, "after", "not a cursor").details().get(0).extensions())
                .containsExactly(Map.entry("code", ErrorCodes.VALIDATION), Map.entry("field", "after"));
    }

    @Test
    void aServiceOutageNamesTheServiceWhenTheGatewayReportsIt() {
        UpstreamUnavailableException down = UpstreamUnavailableException.of("partners-service");

        assertThat(down.code()).isEqualTo(ErrorCodes.UPSTREAM_UNAVAILABLE);
        assertThat(down.getMessage()).isEqualTo("partners-service is unavailable, try again later");
        assertThat(down.details().get(0).extensions()).containsEntry("service", "partners-service");
        assertThat(new UpstreamUnavailableException("ventures-service is unavailable, so nothing was written").extensions())
                .as("a service says it in its message").isEmpty();
    }

    @Test
    void theGatewaySaysItIsAtCapacity() {
        assertThat(new OverloadedException().details())
                .containsExactly(new ErrorDetail("the gateway is at capacity, retry shortly", ErrorCodes.OVERLOADED, null, null));
    }

    @Test
    void aRefusalWithoutItsOwnCodeIsOurFault() {
        ApiException unannotated = new ValidationException("input.name", "too long") {
        };

        assertThat(unannotated.code()).as("SmallRye reads the exact class, never a superclass").isEqualTo(ErrorCodes.INTERNAL);
    }

    @Test
    void codeAndFieldComeFirstAndAreNeverOverwrittenByTheExtras() {
        ErrorDetail detail = new ErrorDetail("m", ErrorCodes.NOT_FOUND, "id", Map.of("code", "OTHER", "field", "x", "service", "s"));

        assertThat(detail.extensions()).containsEntry("code", ErrorCodes.NOT_FOUND).containsEntry("field", "id")
                .containsEntry("service", "s");
        assertThat(detail.extensions().keySet()).startsWith("code", "field");
    }

    @Test
    void aRefusalWrappedByAProxyIsFoundBehindIt() {
        ForbiddenException refusal = new ForbiddenException();

        assertThat(ApiException.within(new IllegalStateException("proxy", new RuntimeException(refusal)))).isSameAs(refusal);
        assertThat(ApiException.within(new IllegalStateException("boom"))).isNull();
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
