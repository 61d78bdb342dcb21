package io.jvplatform.ventures.error;

/**
 * An error the client caused and may see: its message is shown (it is listed in
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message}), the concrete subclass sets
 * {@code extensions.code} through {@link io.smallrye.graphql.api.ErrorCode}, and {@link #field()}
 * becomes {@code extensions.field}. Anything else that escapes a resolver stays hidden.
 */
public abstract class ApiException extends RuntimeException {

    private final String field;

    protected ApiException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    /** Path of the offending input as the client wrote it, e.g. {@code input.stakes[1].percentage}; may be null. */
    public String field() {
        return field;
    }
}
