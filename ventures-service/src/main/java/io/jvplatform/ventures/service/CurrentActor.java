package io.jvplatform.ventures.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Who is making the current change, as the ledger records it: the authenticated principal's name,
 * or "anonymous" while the service runs without authentication. The one place that decides it.
 */
@ApplicationScoped
public class CurrentActor {

    static final String ANONYMOUS = "anonymous";

    private final Instance<SecurityIdentity> identity;

    CurrentActor(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    public String name() {
        if (!identity.isResolvable()) {
            return ANONYMOUS;
        }
        SecurityIdentity current = identity.get();
        if (current == null || current.isAnonymous() || current.getPrincipal() == null) {
            return ANONYMOUS;
        }
        String name = current.getPrincipal().getName();
        return name == null || name.isBlank() ? ANONYMOUS : name;
    }
}
