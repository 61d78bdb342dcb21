package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

/** More requests than the gateway serves at once are waiting: this one is shed, to be retried shortly (HTTP 503, Retry-After). */
@ErrorCode(ErrorCodes.OVERLOADED)
public class OverloadedException extends ApiException {

    public static final String MESSAGE = "the gateway is at capacity, retry shortly";

    public OverloadedException() {
        super(null, MESSAGE);
    }
}
