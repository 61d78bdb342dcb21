package io.jvplatform.partners.error;

import io.smallrye.graphql.api.ErrorCode;

/** The request is well-formed but clashes with the current state (stale version, duplicate, stake held): {@code CONFLICT}. */
@ErrorCode("CONFLICT")
public class ConflictException extends ClientErrorException {

    public ConflictException(String field, String message) {
        super(message, field);
    }
}
