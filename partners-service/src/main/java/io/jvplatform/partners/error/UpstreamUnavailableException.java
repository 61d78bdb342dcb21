package io.jvplatform.partners.error;

import io.smallrye.graphql.api.ErrorCode;

/** A service we depend on did not answer in time or at all: {@code UPSTREAM_UNAVAILABLE}. */
@ErrorCode("UPSTREAM_UNAVAILABLE")
public class UpstreamUnavailableException extends ClientErrorException {

    public UpstreamUnavailableException(String message) {
        super(message, null);
    }
}
