package io.jvplatform.support.error;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.language.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An error as a client reads it: message, locations, path and our extensions, in that order, and nothing of graphql-java's. */
class ClientErrorTests {

    private static final List<SourceLocation> AT_2_5 = List.of(new SourceLocation(2, 5));

    @Test
    void aRefusedInputIsValidationAtItsFieldWithoutAResultPath() {
        ClientError error = ClientError.invalidInput("input.kind is not a valid PartnerKind", "input.kind", AT_2_5);

        assertThat(error.getMessage()).isEqualTo("input.kind is not a valid PartnerKind");
        assertThat(error.getPath()).isNull();
        assertThat(error.getExtensions()).containsExactly(Map.entry("code", ErrorCodes.VALIDATION), Map.entry("field", "input.kind"));
        assertThat(error.toSpecification()).containsOnlyKeys("message", "locations", "extensions");
    }

    @Test
    void aRefusalWithoutAFieldHasOnlyItsCode() {
        ClientError error = ClientError.invalidInput("the document is not valid GraphQL", null, List.of());

        assertThat(error.getExtensions()).containsExactly(Map.entry("code", ErrorCodes.VALIDATION));
        assertThat(error.toSpecification()).containsOnlyKeys("message", "extensions");
    }

    @Test
    void theSpecificationListsMessageLocationsPathAndExtensionsInThatOrder() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCodes.INTERNAL);
        ClientError error = new ClientError("the service failed", AT_2_5, List.of("ventures", 0, "totals"), extensions);

        Map<String, Object> specification = error.toSpecification();

        assertThat(specification.keySet()).containsExactly("message", "locations", "path", "extensions");
        assertThat(specification.get("locations")).isEqualTo(List.of(Map.of("line", 2, "column", 5)));
        assertThat(specification.get("path")).isEqualTo(List.of("ventures", 0, "totals"));
        assertThat(specification).doesNotContainKey("classification");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ErrorCodes.VALIDATION, ErrorCodes.INTERNAL, ErrorCodes.NOT_FOUND, ErrorCodes.CONFLICT})
    void itsErrorTypeIsItsCodeNeverGraphqlJavasValidationError(String code) {
        ClientError error = new ClientError("refused", List.of(), null, Map.of("code", code));

        ErrorClassification type = error.getErrorType();

        assertThat(type.toString()).isEqualTo(code);
        assertThat(type).isNotEqualTo(ErrorType.ValidationError);
    }
}
