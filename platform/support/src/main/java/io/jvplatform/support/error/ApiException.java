package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

import java.util.List;
import java.util.Map;

/**
 * An error the caller caused or can act on, and may read: its message is shown (list it in
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message}), the concrete subclass sets
 * {@code extensions.code} through {@link io.smallrye.graphql.api.ErrorCode}, and {@link #field()}
 * becomes {@code extensions.field}. Anything else that escapes a resolver stays hidden. Messages
 * must never carry internals. No stack trace is captured: these are answers, not bugs.
 * <p>
 * The services answer through SmallRye, which writes {@code code} and {@code field} only; the
 * gateway writes {@link #details()} itself, with the {@link #extensions()} a subclass adds.
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

    /**
     * The stable {@code extensions.code}: the {@code @ErrorCode} of the concrete class, the one
     * SmallRye writes (it reads the exact class, never a superclass). A class without one is a
     * bug of ours, so it is {@code INTERNAL}, as SmallRye would give it no stable code either.
     */
    public String code() {
        ErrorCode code = getClass().getAnnotation(ErrorCode.class);
        return code == null ? ErrorCodes.INTERNAL : code.value();
    }

    /** Extensions beyond {@code code} and {@code field}, e.g. {@code service} or {@code limit}; none by default. */
    public Map<String, Object> extensions() {
        return Map.of();
    }

    /** The errors a client reads for this refusal: one, itself. */
    public List<ErrorDetail> details() {
        return List.of(new ErrorDetail(getMessage(), code(), field, extensions()));
    }

    /** The ApiException behind a failure (a CDI proxy or SmallRye may have wrapped it), or null. */
    public static ApiException within(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api;
            }
        }
        return null;
    }
}
