package io.jvplatform.ventures.error;

import io.smallrye.graphql.api.ErrorCode;

/** The input breaks a rule; the field says which part of it. */
@ErrorCode(ErrorCodes.VALIDATION)
public class ValidationException extends ApiException {

    public ValidationException(String field, String message) {
        super(field, message);
    }
}
