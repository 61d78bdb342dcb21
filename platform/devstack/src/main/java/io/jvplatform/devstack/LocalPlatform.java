package io.jvplatform.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The local run: one embedded PostgreSQL (data kept under {@code ~/.jv-platform}), Keycloak with
 * the {@code jv} realm, both data services and the gateway, each in its own JVM as in
 * production, and demo data loaded into an empty database. Ctrl-C stops everything; the next
 * start finds the data where it was (Keycloak re-imports the realm from the repository).
 */
public final class LocalPlatform {

    static final int GATEWAY_PORT = 8080;
    static final int VENTURES_PORT = 8081;
    static final int PARTNERS_PORT = 8082;
    static final int KEYCLOAK_PORT = 8180;
    static final int POSTGRES_PORT = 5433;

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public static void main(String[] args) throws InterruptedException {
        LocalPlatform platform = new LocalPlatform();
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "jv-platform-stop"));
        try {
            platform.start();
        } catch (RuntimeException e) {
            System.err.println("[jv-platform] could not start: " + e.getMessage());
            System.exit(1);
        }
        Thread.currentThread().join();
    }

    private void start() {
        Instant begin = Instant.now();
        Path home = Path.of(System.getProperty("user.home"), ".jv-platform");

        // Keycloak takes longest (~30 s on 2 cores): start it while the database and services come up.
        say("starting Keycloak on port " + KEYCLOAK_PORT);
        CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(
                () -> KeycloakServer.start(KEYCLOAK_PORT, List.of(KeycloakRealm.jvRealmFile())));
        String issuer = url(KEYCLOAK_PORT) + "/realms/" + KeycloakRealm.REALM;

        say("starting embedded PostgreSQL (data in " + home.resolve("postgres") + ")");
        EmbeddedDatabase database = remember(EmbeddedDatabase.startPersistent(home.resolve("postgres"), POSTGRES_PORT));

        String partnersUrl = url(PARTNERS_PORT);
        String venturesUrl = url(VENTURES_PORT);
        say("starting partners-service");
        remember(ServiceProcess.start("partners-service", PARTNERS_PORT, with(oidc(issuer), Map.of(
                "quarkus.datasource.jdbc.url", database.createDatabase("partners"),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.PASSWORD,
                "quarkus.rest-client.ventures-service.url", venturesUrl))));
        say("starting ventures-service");
        remember(ServiceProcess.start("ventures-service", VENTURES_PORT, with(oidc(issuer), Map.of(
                "quarkus.datasource.jdbc.url", database.createDatabase("ventures"),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.PASSWORD,
                "quarkus.rest-client.partners-service.url", partnersUrl))));
        say("starting gateway");
        remember(ServiceProcess.start("gateway", GATEWAY_PORT, with(oidc(issuer), Map.of(
                "quarkus.rest-client.partners-service.url", partnersUrl,
                "quarkus.rest-client.ventures-service.url", venturesUrl))));

        remember(keycloak.join());
        Tokens tokens = Tokens.from(url(KEYCLOAK_PORT));
        DemoData.loadIfEmpty(partnersUrl, venturesUrl, () -> tokens.accessToken(KeycloakRealm.ADMIN));

        System.out.printf("""

                jv-platform is up (%d s). Ctrl-C stops everything; data stays in %s.

                  Web client          %s/   <- open this, log in as admin / admin-demo
                  GraphQL (gateway)   %s/graphql
                  ventures-service    %s/graphql
                  partners-service    %s/graphql
                  Keycloak            %s  (realm %s; admin console: admin / admin)
                  PostgreSQL          127.0.0.1:%d, databases ventures and partners (user %s)

                Demo logins (DEMO ONLY): viewer / viewer-demo, partner / partner-demo (Nscale),
                                         editor / editor-demo, admin / admin-demo,
                                         admin2 / admin2-demo (approves what admin proposes on Stargate Norway)

                Get a token and run a query:

                TOKEN=$(curl -s %s/protocol/openid-connect/token -d grant_type=password -d client_id=%s \\
                  -d username=viewer -d password=viewer-demo | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
                curl -s %s/graphql -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                  -d '{"query":"{ ventures(first: 10) { totalCount edges { node { name status } } } }"}'

                """,
                Duration.between(begin, Instant.now()).toSeconds(), home,
                url(GATEWAY_PORT), url(GATEWAY_PORT), venturesUrl, partnersUrl,
                url(KEYCLOAK_PORT), KeycloakRealm.REALM, POSTGRES_PORT, EmbeddedDatabase.USER,
                issuer, KeycloakRealm.CLI_CLIENT, url(GATEWAY_PORT));
    }

    /** How every service validates tokens: same issuer, and only tokens meant for the platform. */
    private static Map<String, String> oidc(String issuer) {
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.client-id", KeycloakRealm.AUDIENCE,
                "quarkus.oidc.token.audience", KeycloakRealm.AUDIENCE);
    }

    private static Map<String, String> with(Map<String, String> first, Map<String, String> second) {
        Map<String, String> merged = new HashMap<>(first);
        merged.putAll(second);
        return merged;
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.push(resource);
        return resource;
    }

    private void stop() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("[jv-platform] while stopping: " + e.getMessage());
            }
        }
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static void say(String line) {
        System.out.println("[jv-platform] " + line);
    }
}
