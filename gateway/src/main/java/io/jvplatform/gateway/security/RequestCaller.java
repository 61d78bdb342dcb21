package io.jvplatform.gateway.security;

import io.jvplatform.support.security.Caller;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the caller of an HTTP request. Authentication is proactive, so by the time the GraphQL
 * endpoint runs the token has been validated and its identity sits on the request: reading it
 * blocks nothing. A request without a token has no user and is {@link Caller#ANONYMOUS}.
 */
public final class RequestCaller {

    private RequestCaller() {
    }

    public static Caller of(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            return Caller.of(user.getSecurityIdentity());
        }
        return Caller.ANONYMOUS;
    }
}
