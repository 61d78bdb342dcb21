package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

/** The input breaks a rule; field says which input. */
@ErrorCode(ErrorCodes.VALIDATION)
public class ValidationException extends ApiException {

    public ValidationException(String field, String message) {
        super(field, message);
    }
}
