package io.jvplatform.ventures.error;

import io.smallrye.graphql.api.ErrorCode;

/** The input was valid but the state moved on (stale version) or forbids the change. */
@ErrorCode(ErrorCodes.CONFLICT)
public class ConflictException extends ApiException {

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
