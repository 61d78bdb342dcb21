package io.jvplatform.support.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps each identity Quarkus OIDC has just verified in {@link VerifiedTokens}. Augmentors run on
 * every identity a provider returns, in descending priority; this one runs first, so it keeps the
 * identity as OIDC made it, and the augmentors after it run again on the remembered one as they
 * would on a freshly verified one.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    VerifiedTokenRecorder(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getAttribute(RememberedTokenProvider.REMEMBERED) == null) {
            tokens.remember(identity);
        }
        return Uni.createFrom().item(identity);
    }
}
