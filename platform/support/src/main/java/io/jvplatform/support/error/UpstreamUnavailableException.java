package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

/** A peer service did not answer (down, hung, refusing): nothing was written, try again later. */
@ErrorCode(ErrorCodes.UPSTREAM_UNAVAILABLE)
public class UpstreamUnavailableException extends ApiException {

    public UpstreamUnavailableException(String message) {
        super(null, message);
    }
}
