package io.jvplatform.ventures.error;

import io.smallrye.graphql.api.ErrorCode;

/** A service we depend on did not answer in time; nothing was written, the client may retry. */
@ErrorCode(ErrorCodes.UPSTREAM_UNAVAILABLE)
public class UpstreamUnavailableException extends ApiException {

    public UpstreamUnavailableException(String message) {
        super(null, message);
    }
}
