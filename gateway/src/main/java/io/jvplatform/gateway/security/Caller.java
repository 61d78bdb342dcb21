package io.jvplatform.gateway.security;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.jvplatform.support.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who sent the GraphQL request being resolved, fixed once when its execution starts (the token
 * is already validated then: authentication is proactive). Carried explicitly to every
 * downstream call, batched ones included, instead of being looked up in a request context that
 * a reactive callback may not have.
 *
 * @param bearerToken the caller's validated access token, forwarded to the services; null when anonymous
 * @param roles the realm roles of the token
 * @param partnerId the token's {@value Roles#PARTNER_ID_CLAIM} claim, null when absent
 */
public record Caller(String bearerToken, Set<String> roles, String partnerId) {

    /** No token: may run introspection and {@code __typename}, nothing that reaches a service. */
    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null);

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return ANONYMOUS;
        }
        Object partnerId = token.getClaim(Roles.PARTNER_ID_CLAIM);
        return new Caller(token.getRawToken(), identity.getRoles(), partnerId == null ? null : partnerId.toString());
    }

    /** The value of the {@code Authorization} header that forwards this caller's token; null when anonymous. */
    public String authorization() {
        return bearerToken == null ? null : "Bearer " + bearerToken;
    }

    /**
     * False for a partner user (role {@value Roles#PARTNER} and no other reading role): such a
     * caller sees only the ventures of its own partner, see {@code access.VentureAccess}.
     */
    public boolean seesEveryVenture() {
        return Roles.readEveryVenture(roles);
    }

    @Override
    public String toString() {
        // never the token itself: a caller may end up in a log line
        return "Caller[roles=" + roles + ", partnerId=" + partnerId + "]";
    }
}
