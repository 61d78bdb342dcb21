package io.jvplatform.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The services' way to the {@link Caller} of the request being handled: the injected identity is
 * a request-scoped proxy, so one application-scoped bean serves every request.
 */
@ApplicationScoped
public class Callers {

    private final SecurityIdentity identity;

    public Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller current() {
        return Caller.of(identity);
    }
}
