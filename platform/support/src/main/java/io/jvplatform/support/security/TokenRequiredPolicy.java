package io.jvplatform.support.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The HTTP policy {@value #NAME}: a request passes only with a valid token. Quarkus's own
 * {@code authenticated} policy answers an anonymous request with a bare 401 challenge; failing
 * with {@link AuthenticationFailedException} instead sends it through
 * {@link AuthenticationFailureResponse}, so a request without a token gets the same GraphQL body
 * (code {@code UNAUTHENTICATED}, HTTP 401) as one with a bad token. A bad token never gets here:
 * proactive authentication refuses it first.
 * <p>
 * Named, so it applies only where a {@code quarkus.http.auth.permission} names it
 * ({@code jv-subgraph.properties}); the gateway, which links this library too, does not.
 */
@ApplicationScoped
public class TokenRequiredPolicy implements HttpSecurityPolicy {

    public static final String NAME = "jv-token-required";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
                                            AuthorizationRequestContext requestContext) {
        return identity.onItem().transformToUni(caller -> caller.isAnonymous()
                ? Uni.createFrom().failure(new AuthenticationFailedException("no token"))
                : CheckResult.permit());
    }

    @Override
    public String name() {
        return NAME;
    }
}
