package io.jvplatform.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the caller of the HTTP request being handled. Authentication is proactive, so by the
 * time GraphQL runs the token has been validated and its identity sits on the request: reading
 * it blocks nothing. A request without a token has no user and is {@link Caller#ANONYMOUS}.
 */
@ApplicationScoped
public class Callers {

    private final CurrentVertxRequest request;

    public Callers(CurrentVertxRequest request) {
        this.request = request;
    }

    public Caller current() {
        RoutingContext context = request.getCurrent();
        if (context != null && context.user() instanceof QuarkusHttpUser user) {
            return Caller.of(user.getSecurityIdentity());
        }
        return Caller.ANONYMOUS;
    }
}
