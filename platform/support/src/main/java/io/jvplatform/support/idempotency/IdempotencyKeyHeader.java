package io.jvplatform.support.idempotency;

import io.jvplatform.support.error.ValidationException;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * The {@value #NAME} HTTP header of the request being handled: a client's name for one intended
 * write, so that sending it again (after a timeout, say) cannot write twice. Read from the current
 * Vert.x request, which Quarkus keeps in the request scope while GraphQL runs.
 */
@ApplicationScoped
public class IdempotencyKeyHeader {

    public static final String NAME = "Idempotency-Key";
    /** Room for a UUID, a ULID or a client's own composite key; the column is as wide. */
    public static final int MAX_LENGTH = 255;

    private final CurrentVertxRequest request;

    IdempotencyKeyHeader(CurrentVertxRequest request) {
        this.request = request;
    }

    /** The key, when the request carries one; a malformed one is a {@code VALIDATION} error naming the header. */
    public Optional<String> value() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        RoutingContext context = request.getCurrent();
        String key = context == null ? null : context.request().getHeader(NAME);
        if (key == null) {
            return Optional.empty();
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ValidationException(NAME, NAME + " must be 1 to " + MAX_LENGTH
                    + " visible ASCII characters (a UUID, for example)");
        }
        return Optional.of(key);
    }
}
