package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

/** The request carries no token; a bad token is refused earlier (security.AuthenticationFailureResponse). */
@ErrorCode(ErrorCodes.UNAUTHENTICATED)
public class UnauthenticatedException extends ApiException {

    public UnauthenticatedException() {
        super(null, "Authentication required");
    }
}
