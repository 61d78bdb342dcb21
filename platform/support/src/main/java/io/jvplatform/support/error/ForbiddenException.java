package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

/** The token is good but none of its roles allows this operation. */
@ErrorCode(ErrorCodes.FORBIDDEN)
public class ForbiddenException extends ApiException {

    /** The whole answer: what the client learns is the code and this sentence, never why. */
    public static final String MESSAGE = "Your role does not allow this";

    public ForbiddenException() {
        super(null, MESSAGE);
    }
}
