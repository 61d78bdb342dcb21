package io.jvplatform.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.jvplatform.support.client.GraphQLResponse;
import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.error.ErrorDetail;

/** How a service's errors are shared out over the root fields (aliases) of the document the gateway sent. */
class RootFieldErrorsTests {

    private static final String SERVICE = "ventures-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAnswerWithoutErrorsHasNoneAtAnyRootField() throws Exception {
        GraphQLResponse answer = JSON.readValue("""
                {"data": {"v0": {"id": "1"}}, "errors": []}
                """, GraphQLResponse.class);

        assertThat(RootFieldErrors.of(answer, SERVICE, "v0")).isEmpty();
    }

    @Test
    void anErrorBelongsToTheRootFieldItsPathStartsWithAndKeepsItsCodeAndField() throws Exception {
        GraphQLResponse answer = JSON.readValue("""
                {"data": {"v0": null, "v1": {"id": "2"}},
                 "errors": [{"message": "input.name must not be blank", "path": ["v0", "name"],
                             "extensions": {"code": "VALIDATION", "field": "input.name"}}]}
                """, GraphQLResponse.class);

        assertThat(RootFieldErrors.of(answer, SERVICE, "v0"))
                .containsExactly(new ErrorDetail("input.name must not be blank", ErrorCodes.VALIDATION, "input.name", null));
        assertThat(RootFieldErrors.of(answer, SERVICE, "v1")).isEmpty();
    }

    @Test
    void anErrorWithoutAPathBelongsToEveryRootField() {
        GraphQLResponse answer = new GraphQLResponse(null,
                List.of(new GraphQLResponse.Error("not found", null, Map.of("code", ErrorCodes.NOT_FOUND))));

        assertThat(RootFieldErrors.of(answer, SERVICE, "v0")).extracting(ErrorDetail::code).containsExactly(ErrorCodes.NOT_FOUND);
        assertThat(RootFieldErrors.of(answer, SERVICE, "p3")).extracting(ErrorDetail::code).containsExactly(ErrorCodes.NOT_FOUND);
    }

    @Test
    void anErrorWithoutAStableCodeReadsAsInternalAndSaysNothingInternal() {
        GraphQLResponse answer = new GraphQLResponse(null, List.of(
                new GraphQLResponse.Error("Validation error (FieldUndefined@[ventures/oops])", List.of("v0"), null),
                new GraphQLResponse.Error("java.lang.NullPointerException", List.of("v0"), Map.of("code", "DataFetchingException"))));

        assertThat(RootFieldErrors.of(answer, SERVICE, "v0")).containsExactly(
                new ErrorDetail("ventures-service could not answer", ErrorCodes.INTERNAL, null, null),
                new ErrorDetail("ventures-service could not answer", ErrorCodes.INTERNAL, null, null));
    }
}
