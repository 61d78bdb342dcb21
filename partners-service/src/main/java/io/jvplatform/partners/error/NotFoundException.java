package io.jvplatform.partners.error;

import io.smallrye.graphql.api.ErrorCode;

/** No such partner: {@code NOT_FOUND}. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ClientErrorException {

    public NotFoundException(String field, String message) {
        super(message, field);
    }
}
