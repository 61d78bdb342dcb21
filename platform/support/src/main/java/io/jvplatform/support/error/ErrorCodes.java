package io.jvplatform.support.error;

import java.util.Set;

/**
 * The stable {@code extensions.code} values a client can rely on, from the gateway and from each
 * service. {@link #INTERNAL} is a fault of ours, never caused by the request.
 */
public final class ErrorCodes {

    public static final String VALIDATION = "VALIDATION";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String CONFLICT = "CONFLICT";
    public static final String UPSTREAM_UNAVAILABLE = "UPSTREAM_UNAVAILABLE";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String INTERNAL = "INTERNAL";
    /** The gateway sheds load it cannot serve in time (HTTP 503 with Retry-After): retry shortly. */
    public static final String OVERLOADED = "OVERLOADED";
    /** The venture needs a second admin for ownership changes: propose the change instead of making it; nothing was written. */
    public static final String APPROVAL_REQUIRED = "APPROVAL_REQUIRED";
    /** The proposal's approval period is over: it can no longer be approved, rejected or withdrawn; propose anew. */
    public static final String PROPOSAL_EXPIRED = "PROPOSAL_EXPIRED";

    public static final Set<String> STABLE = Set.of(VALIDATION, NOT_FOUND, CONFLICT, UPSTREAM_UNAVAILABLE,
            UNAUTHENTICATED, FORBIDDEN, INTERNAL, OVERLOADED, APPROVAL_REQUIRED, PROPOSAL_EXPIRED);

    private ErrorCodes() {
    }
}
