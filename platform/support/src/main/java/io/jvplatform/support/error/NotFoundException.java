package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

/** No such thing (or none the caller may see). */
@ErrorCode(ErrorCodes.NOT_FOUND)
public class NotFoundException extends ApiException {

    public NotFoundException(String field, String message) {
        super(field, message);
    }
}
