package io.jvplatform.ventures.error;

import io.smallrye.graphql.api.ErrorCode;

@ErrorCode(ErrorCodes.NOT_FOUND)
public class NotFoundException extends ApiException {

    public NotFoundException(String field, String message) {
        super(field, message);
    }
}
