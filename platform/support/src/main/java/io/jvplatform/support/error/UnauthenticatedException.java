package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

/** The request carries no token; a bad token is refused earlier (security.AuthenticationFailureResponse). */
@ErrorCode(ErrorCodes.UNAUTHENTICATED)
public class UnauthenticatedException extends ApiException {

    /** The whole answer: what the client learns is the code and this sentence, never why. */
    public static final String MESSAGE = "Authentication required";

    public UnauthenticatedException() {
        super(null, MESSAGE);
    }
}
