package io.jvplatform.devstack;

import java.nio.file.Path;
import java.util.List;

/**
 * The Keycloak realm as code ({@code deploy/keycloak/jv-realm.json}) seen from Java: the names the
 * tests and the local run rely on. Change them here and in the JSON together.
 */
public final class KeycloakRealm {

    /** The realm every jv-platform service trusts. */
    public static final String REALM = "jv";
    /** The audience every service requires ({@code quarkus.oidc.token.audience}). */
    public static final String AUDIENCE = "jv-gateway";
    /** DEMO/DEV ONLY: public client with the password grant, for curl and the tests. */
    public static final String CLI_CLIENT = "jv-cli";
    /** TEST ONLY: like {@link #CLI_CLIENT} but its tokens lack the {@link #AUDIENCE} audience. */
    public static final String OTHER_AUDIENCE_CLIENT = "jv-other-audience";
    /** TEST ONLY: like {@link #CLI_CLIENT} but its access tokens live one second. */
    public static final String SHORT_LIVED_CLIENT = "jv-short-lived";

    /** Demo users, one per realm role; each user's name is also the role's name. */
    public static final String VIEWER = "viewer";
    public static final String PARTNER = "partner";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    public static final List<String> DEMO_USERS = List.of(VIEWER, PARTNER, EDITOR, ADMIN);
    /**
     * A second demo admin (roles as {@link #ADMIN}): ownership changes under four eyes need another admin
     * to approve what one proposed. Not in {@link #DEMO_USERS}, which has one user per role.
     */
    public static final String SECOND_ADMIN = "admin2";

    /** The fixed id the demo data gives Nscale; the demo user {@link #PARTNER} works for Nscale. */
    public static final String NSCALE_PARTNER_ID = "3f6c2a9e-6b1d-4c57-9a0e-5d2f7b8c1a01";
    /** The token claim that carries a partner user's company (from the user attribute of the same name). */
    public static final String PARTNER_ID_CLAIM = "partner_id";

    /** TEST ONLY: a second realm whose tokens the services must refuse although they look alike. */
    public static final String OTHER_REALM = "other";
    public static final String OTHER_REALM_CLIENT = "other-cli";
    public static final String OTHER_REALM_USER = "outsider";

    private KeycloakRealm() {
    }

    /** DEMO ONLY: every demo user's password is its name followed by {@code -demo}. */
    public static String demoPassword(String username) {
        return username + "-demo";
    }

    /** The import file of realm {@value #REALM}. */
    public static Path jvRealmFile() {
        return RepositoryLayout.root().resolve("deploy/keycloak/jv-realm.json");
    }

    /** The test-only import file of realm {@value #OTHER_REALM}. */
    public static Path otherRealmFile() {
        return RepositoryLayout.root().resolve("deploy/keycloak/test/other-realm.json");
    }
}
