package io.jvplatform.gateway.security;

import io.jvplatform.support.security.Caller;
import java.util.Map;
import java.util.Set;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ForbiddenException;
import io.jvplatform.support.error.UnauthenticatedException;
import io.jvplatform.support.security.Roles;

/**
 * Fields below the roots that only some roles may read, by {@code Type.field}; every other field
 * is readable by whoever may ask for its root ({@link RootFieldAccess}). A refused field is not
 * sent to its service: its value is null and a {@code FORBIDDEN} error names its path, and the
 * rest of the answer is intact (the resolution applies this table to every object it walks).
 * The services refuse the same fields themselves.
 */
public final class FieldAccess {

    private static final Set<String> ADMINS = Set.of(Roles.ADMIN);

    private static final Map<String, Set<String>> ROLES = Map.of(
            "Venture.auditTrail", ADMINS,
            "Partner.auditTrail", ADMINS,
            "CapacityAgreement.auditTrail", ADMINS);

    private FieldAccess() {
    }

    /** The refusal for {@code caller} reading {@code type}.{@code field}, or null when allowed (or unrestricted). */
    public static ApiException refusal(Caller caller, String type, String field) {
        Set<String> allowed = ROLES.get(type + "." + field);
        if (allowed == null) {
            return null;
        }
        for (String role : caller.roles()) {
            if (allowed.contains(role)) {
                return null;
            }
        }
        return caller.bearerToken() == null ? new UnauthenticatedException() : new ForbiddenException();
    }
}
