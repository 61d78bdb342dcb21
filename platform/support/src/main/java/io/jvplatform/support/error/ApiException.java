package io.jvplatform.support.error;

/**
 * An error the caller caused or can act on, and may read: its message is shown (list it in
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message}), the concrete subclass sets
 * {@code extensions.code} through {@link io.smallrye.graphql.api.ErrorCode}, and {@link #field()}
 * becomes {@code extensions.field}. Anything else that escapes a resolver stays hidden. Messages
 * must never carry internals. No stack trace is captured: these are answers, not bugs.
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
