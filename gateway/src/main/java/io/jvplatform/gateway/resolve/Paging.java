package io.jvplatform.gateway.resolve;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import io.jvplatform.gateway.config.GatewayConfig;
import io.jvplatform.support.error.ValidationException;

/**
 * Relay-style paging over the services' offset/limit pages. A cursor is the opaque
 * (base64) position of a row in the ordered result; the rule for {@code first} is written only
 * here and used both by the query limits (before anything runs) and by the connections.
 */
@ApplicationScoped
public class Paging {

    private static final String CURSOR_PREFIX = "jv:";

    private final GatewayConfig.Limits limits;

    public Paging(GatewayConfig config) {
        this.limits = config.limits();
    }

    /** The page asked for; a bad {@code first} or {@code after} is the client's error, with the argument at fault. */
    public PageRequest request(Integer first, String after) throws ValidationException {
        int size = first == null ? limits.defaultPageSize() : first;
        if (size < 1 || size > limits.maxPageSize()) {
            throw new ValidationException("first", "first must be between 1 and " + limits.maxPageSize());
        }
        if (after == null) {
            return new PageRequest(0, size);
        }
        int position = decode(after);
        if (position < 0) {
            throw new ValidationException("after", "after is not a cursor of this connection");
        }
        return new PageRequest(position + 1, size);
    }

    public static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(CURSOR_PREFIX)) {
                return -1;
            }
            int position = Integer.parseInt(text.substring(CURSOR_PREFIX.length()));
            return position >= 0 ? position : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
