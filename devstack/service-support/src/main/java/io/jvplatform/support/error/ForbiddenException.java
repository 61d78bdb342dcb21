package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

/** The token is good but none of its roles allows this operation. */
@ErrorCode(ErrorCodes.FORBIDDEN)
public class ForbiddenException extends ApiException {

    public ForbiddenException() {
        super(null, "Your role does not allow this");
    }
}
