package io.jvplatform.gateway.support;

import io.jvplatform.devstack.Tokens;

/**
 * Tokens of the demo users from the test Keycloak (see {@code deploy/keycloak/README.md}), one
 * cache for the whole test run: each password grant costs Keycloak a password hash.
 */
public final class Users {

    public static final Tokens TOKENS = Tokens.fromTestKeycloak();

    private Users() {
    }

    public static String token(String demoUser) {
        return TOKENS.accessToken(demoUser);
    }
}
