package io.jvplatform.ventures.proposal;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ErrorCodes;
import io.smallrye.graphql.api.ErrorCode;

/**
 * An admin deciding a proposal they may not: their own (approve, reject), or someone else's (withdraw).
 * FORBIDDEN like a role short, with a message that says which rule, since the admin can act on it.
 */
@ErrorCode(ErrorCodes.FORBIDDEN)
public class FourEyesException extends ApiException {

    public FourEyesException(String message) {
        super("id", message);
    }
}
