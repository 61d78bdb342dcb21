package io.jvplatform.support.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asked before Quarkus OIDC's provider: a bearer token this process verified before gets its
 * identity from {@link VerifiedTokens}; any other token gets no answer here (a null item), so
 * the manager goes on to OIDC, which verifies it (and {@link VerifiedTokenRecorder} keeps it).
 * <p>
 * The identity is given this request's routing context and authentication context, the two
 * attributes OIDC binds to the request that verified it; everything else in it (principal,
 * roles, credentials, tenant) is the token's and the same for every request that sends it.
 */
@ApplicationScoped
public class RememberedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Marks an identity served from memory, so it is not stored again. */
    static final String REMEMBERED = "jv.security.remembered";

    /**
     * Above every provider Quarkus ships: a provider that does not say its priority has
     * {@code SYSTEM_FIRST + 1} (1001), OIDC's among them, and the highest is asked first.
     */
    static final int PRIORITY = SYSTEM_FIRST + 1000;

    private final VerifiedTokens tokens;

    RememberedTokenProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(tokens.identityOf(request.getToken().getToken())
                .map(identity -> forThisRequest(identity, HttpSecurityUtils.getRoutingContextAttribute(request), context))
                .orElse(null));
    }

    static SecurityIdentity forThisRequest(SecurityIdentity verified, RoutingContext request, AuthenticationRequestContext context) {
        // builder(verified) keeps OIDC's permission checkers too; the two request attributes are
        // replaced, with null where this request has none, never left pointing at the first request
        return QuarkusSecurityIdentity.builder(verified)
                .addAttribute(REMEMBERED, Boolean.TRUE)
                .addAttribute(AuthenticationRequestContext.class.getName(), context)
                .addAttribute(RoutingContext.class.getName(), request)
                .build();
    }
}
