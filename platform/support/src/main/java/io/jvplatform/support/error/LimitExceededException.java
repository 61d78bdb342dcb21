package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorCode;

import java.util.Map;

/**
 * A request refused for passing one of the gateway's limits (depth, complexity, page size, ...):
 * a VALIDATION error whose {@code extensions.limit} names the limit, when there is one to name.
 */
@ErrorCode(ErrorCodes.VALIDATION)
public class LimitExceededException extends ValidationException {

    public static final String KEY = "limit";

    private final String limit;

    public LimitExceededException(String limit, String field, String message) {
        super(field, message);
        this.limit = limit;
    }

    /** The limit's name as a client reads it in {@code extensions.limit}, e.g. {@code depth}; may be null. */
    public String limit() {
        return limit;
    }

    @Override
    public Map<String, Object> extensions() {
        return limit == null ? Map.of() : Map.of(KEY, limit);
    }
}
