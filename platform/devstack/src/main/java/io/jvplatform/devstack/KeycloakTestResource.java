package io.jvplatform.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;

/**
 * Points a service under test at a real Keycloak holding realm {@value KeycloakRealm#REALM} (and
 * the test-only realm {@value KeycloakRealm#OTHER_REALM}), so tests exercise the same token
 * validation as production.
 * <p>
 * Keycloak starts once per test JVM and stays up until the JVM exits (a shutdown hook stops
 * it): Quarkus stops and restarts test resources whenever a test class needs a different set of
 * resources or a test profile, and a ~20 s Keycloak start for each of those restarts would dominate
 * the build. {@link #stop()} therefore leaves it running. Get tokens with
 * {@link Tokens#fromTestKeycloak()}.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    /** System property holding the running Keycloak's base URL, for code that cannot call {@link #baseUrl()}. */
    public static final String BASE_URL_PROPERTY = "jv.keycloak.url";

    @Override
    public Map<String, String> start() {
        String realmUrl = ensureStarted() + "/realms/" + KeycloakRealm.REALM;
        return Map.of(
                "quarkus.oidc.auth-server-url", realmUrl,
                "quarkus.oidc.client-id", KeycloakRealm.AUDIENCE,
                "quarkus.oidc.token.audience", KeycloakRealm.AUDIENCE,
                // Keycloak Dev Services would need Docker; this resource replaces them
                "quarkus.keycloak.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // deliberately empty: the server outlives a Quarkus restart, see the class comment
    }

    /** The base URL (e.g. {@code http://127.0.0.1:41234}) of the Keycloak this resource started. */
    public static String baseUrl() {
        String url = System.getProperty(BASE_URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("Keycloak is not running: declare KeycloakTestResource on the test class");
        }
        return url;
    }

    /**
     * The system property, not the static field, says whether Keycloak runs: Quarkus may load this
     * class in more than one class loader, and each would otherwise start its own server (hence
     * also the lock on a class every loader shares). The server's shutdown hook stops it.
     */
    private static String ensureStarted() {
        synchronized (System.class) {
            String running = System.getProperty(BASE_URL_PROPERTY);
            if (running != null) {
                return running;
            }
            KeycloakServer server = KeycloakServer.start(FreePort.find(),
                    List.of(KeycloakRealm.jvRealmFile(), KeycloakRealm.otherRealmFile()));
            System.setProperty(BASE_URL_PROPERTY, server.baseUrl());
            return server.baseUrl();
        }
    }
}
