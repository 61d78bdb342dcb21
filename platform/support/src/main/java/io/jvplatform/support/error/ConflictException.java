package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

/** The write was based on a version that is no longer current, or collides with existing data; nothing was written. */
@ErrorCode(ErrorCodes.CONFLICT)
public class ConflictException extends ApiException {

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
