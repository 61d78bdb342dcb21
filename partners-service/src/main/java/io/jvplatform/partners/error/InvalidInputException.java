package io.jvplatform.partners.error;

import io.smallrye.graphql.api.ErrorCode;

/** Input that breaks a rule: {@code VALIDATION}. */
@ErrorCode("VALIDATION")
public class InvalidInputException extends ClientErrorException {

    public InvalidInputException(String field, String message) {
        super(message, field);
    }
}
