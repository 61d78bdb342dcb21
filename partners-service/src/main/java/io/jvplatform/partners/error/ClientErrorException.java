package io.jvplatform.partners.error;

import java.util.Optional;

/**
 * An error the client can act on. Each subclass carries one stable {@code extensions.code}
 * (through SmallRye's {@code @ErrorCode}); {@link FieldErrorExtension} adds {@code extensions.field}.
 * These are the only exceptions whose message reaches a client
 * ({@code quarkus.smallrye-graphql.show-runtime-exception-message}), so messages must never carry
 * internals. No stack trace is captured: they are expected outcomes, not bugs.
 */
public abstract class ClientErrorException extends RuntimeException {

    private final String field;

    protected ClientErrorException(String message, String field) {
        super(message, null, false, false);
        this.field = field;
    }

    /** The path of the offending input as the client wrote it, e.g. {@code input.lei} or {@code ids[2]}. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
