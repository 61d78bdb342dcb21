package io.jvplatform.support.security;

import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who sent the request being handled, read once from its validated token: the name the ledger
 * and the audit trail record, the subject a caller's own records (its idempotency keys) are filed
 * under, the roles, the partner a partner user is confined to, and the token that is forwarded to
 * a peer service (which checks it again: no service trusts the network). A value, so the gateway
 * can carry it explicitly to every downstream call, batched ones included, instead of looking it
 * up in a request context that a reactive callback may not have.
 *
 * @param name the user's name ({@code preferred_username} for a Keycloak token); {@value #ANONYMOUS_NAME} without one
 * @param subject the token's {@code sub} (stable, unlike a name that can be changed), else the principal's name; empty when anonymous
 * @param roles the realm roles of the token
 * @param partnerId the token's {@value Roles#PARTNER_ID_CLAIM} claim, null when absent
 * @param bearerToken the caller's validated access token, null when anonymous or when the principal is no token
 */
public record Caller(String name, Optional<String> subject, Set<String> roles, String partnerId, String bearerToken) {

    public static final String ANONYMOUS_NAME = "anonymous";

    /** No token: may run introspection and {@code __typename}, nothing that reaches a service's data. */
    public static final Caller ANONYMOUS = new Caller(ANONYMOUS_NAME, Optional.empty(), Set.of(), null, null);

    public Caller {
        name = name == null || name.isBlank() ? ANONYMOUS_NAME : name;
        subject = subject == null ? Optional.empty() : subject.filter(id -> !id.isBlank());
        roles = Set.copyOf(roles);
    }

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || identity.getPrincipal() == null) {
            return ANONYMOUS;
        }
        String name = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object partnerId = token.getClaim(Roles.PARTNER_ID_CLAIM);
            return new Caller(name, Optional.ofNullable(token.getSubject() != null ? token.getSubject() : name), identity.getRoles(),
                    partnerId == null ? null : partnerId.toString(), token.getRawToken());
        }
        return new Caller(name, Optional.ofNullable(name), identity.getRoles(), null, null);
    }

    /** The value of the {@code Authorization} header that forwards this caller's token; null without one. */
    public String authorization() {
        return bearerToken == null ? null : "Bearer " + bearerToken;
    }

    /**
     * False for a partner user (role {@value Roles#PARTNER} and no unscoped reading role): such a
     * caller sees only the ventures of its own partner.
     */
    public boolean seesEveryVenture() {
        return Roles.readEveryVenture(roles);
    }

    /**
     * The partner whose ventures alone this caller may read: present for a partner user, empty for
     * everyone else (anonymous included: it reads nothing anyway). A partner user whose token names
     * no partner is confined to a partner that matches nothing.
     */
    public Optional<String> partnerScope() {
        if (seesEveryVenture() || !roles.contains(Roles.PARTNER)) {
            return Optional.empty();
        }
        return Optional.of(partnerId == null ? "" : partnerId);
    }

    @Override
    public String toString() {
        // never the token itself: a caller may end up in a log line
        return "Caller[name=" + name + ", subject=" + subject.orElse(null) + ", roles=" + roles + ", partnerId=" + partnerId + "]";
    }
}
