package io.jvplatform.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who sent the request being handled, read from its validated token: the name the ledger
 * records, the partner a partner user is confined to, and the header that forwards the token
 * to a peer service (which checks it again: no service trusts the network).
 */
@ApplicationScoped
public class CurrentCaller {

    public static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The user's name ({@code preferred_username} for a Keycloak token); {@value #ANONYMOUS} without a token. */
    public String name() {
        if (identity.isAnonymous() || identity.getPrincipal() == null) {
            return ANONYMOUS;
        }
        String name = identity.getPrincipal().getName();
        return name == null || name.isBlank() ? ANONYMOUS : name;
    }

    /**
     * The token's subject ({@code sub}: stable, unlike a user name that can be changed), or the
     * principal's name when a token has none; empty without a token. What a caller's own records
     * (its idempotency keys) are filed under.
     */
    public Optional<String> subject() {
        if (identity.isAnonymous() || identity.getPrincipal() == null) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return Optional.of(token.getSubject());
        }
        return Optional.ofNullable(identity.getPrincipal().getName()).filter(name -> !name.isBlank());
    }

    /**
     * The partner whose ventures alone this caller may read: present for a partner user (role
     * {@value Roles#PARTNER} and no unscoped reading role), empty for everyone else. A partner
     * user whose token names no partner is confined to a partner that matches nothing.
     */
    public Optional<String> partnerScope() {
        if (identity.isAnonymous() || Roles.readEveryVenture(identity.getRoles())
                || !identity.hasRole(Roles.PARTNER)) {
            return Optional.empty();
        }
        Object claim = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(Roles.PARTNER_ID_CLAIM) : null;
        return Optional.of(claim == null ? "" : claim.toString());
    }

    /** The {@code Authorization} header value that forwards the caller's token; null when anonymous. */
    public String authorization() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
            return "Bearer " + token.getRawToken();
        }
        return null;
    }
}
