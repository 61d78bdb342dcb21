package io.jvplatform.ventures.support;

import io.jvplatform.support.error.ApiException;
import io.smallrye.graphql.api.ErrorCode;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client reads of a refused call, without GraphQL: {@code extensions.code} (the exception
 * class's {@link ErrorCode}) and {@code extensions.field}. Unit tests compare these two, as the
 * end-to-end tests compare the answer's extensions.
 */
public record Refusal(String code, String field) {

    public static Refusal validation(String field) {
        return new Refusal("VALIDATION", field);
    }

    public static Refusal conflict(String field) {
        return new Refusal("CONFLICT", field);
    }

    public static Refusal notFound(String field) {
        return new Refusal("NOT_FOUND", field);
    }

    /** The refusal {@code call} throws; fails when it throws nothing or something that is not an answer to the client. */
    public static Refusal of(Executable call) {
        try {
            call.execute();
        } catch (Throwable thrown) {
            assertThat(thrown).as("the refusal of a client's call").isInstanceOf(ApiException.class);
            ErrorCode code = thrown.getClass().getAnnotation(ErrorCode.class);
            assertThat(code).as("%s has an error code", thrown.getClass().getSimpleName()).isNotNull();
            return new Refusal(code.value(), ((ApiException) thrown).field());
        }
        throw new AssertionError("expected the call to be refused, but it passed");
    }
}
