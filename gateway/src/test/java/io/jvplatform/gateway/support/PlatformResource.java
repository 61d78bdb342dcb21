package io.jvplatform.gateway.support;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.jvplatform.devstack.DemoData;
import io.jvplatform.devstack.EmbeddedDatabase;
import io.jvplatform.devstack.FreePort;
import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.KeycloakTestResource;
import io.jvplatform.devstack.ServiceProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The whole platform behind the gateway under test, started once for the test run: a real
 * Keycloak with realm {@code jv} (once per JVM, see {@link KeycloakTestResource}), one embedded
 * PostgreSQL with a database per service, each service's built jar in its own JVM checking
 * tokens against that Keycloak as in production, and the demo data loaded through their GraphQL
 * mutations with the demo admin's token. partners-service is reached through a
 * {@link SwitchableProxy}, so a test can make it hang without a test profile (which would
 * restart Quarkus); tests get the partners-service process through {@link PartnersProcess} to
 * stop and start it, and the services' own addresses through {@link Services}.
 */
public class PlatformResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private ServiceProcess partners;
    private ServiceProcess ventures;
    private SwitchableProxy partnersProxy;

    @Override
    public Map<String, String> start() {
        // Keycloak takes longest (~30 s on 2 cores): it starts while the database does.
        CompletableFuture<Map<String, String>> keycloak = CompletableFuture.supplyAsync(PlatformResource::startKeycloak);
        database = EmbeddedDatabase.startTemporary();
        // The services validate tokens as the gateway does, against the same realm, under the same
        // host name the tokens are asked from (the issuer must match: 127.0.0.1 everywhere).
        Map<String, String> oidc = keycloak.join();

        int partnersPort = FreePort.find();
        int venturesPort = FreePort.find();
        partners = ServiceProcess.start("partners-service", partnersPort, with(oidc, Map.of(
                "quarkus.datasource.jdbc.url", database.createDatabase("partners"),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.PASSWORD,
                "quarkus.rest-client.ventures-service.url", "http://127.0.0.1:" + venturesPort)));
        ventures = ServiceProcess.start("ventures-service", venturesPort, with(oidc, Map.of(
                "quarkus.datasource.jdbc.url", database.createDatabase("ventures"),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.PASSWORD,
                "quarkus.rest-client.partners-service.url", partners.baseUrl())));
        DemoData.loadIfEmpty(partners.baseUrl(), ventures.baseUrl(), () -> Users.token(KeycloakRealm.ADMIN));
        Services.remember(ventures.baseUrl(), partners.baseUrl());

        SwitchableProxy.hang(false);
        partnersProxy = SwitchableProxy.start(FreePort.find(), partnersPort);
        return with(oidc, Map.of(
                "quarkus.rest-client.ventures-service.url", ventures.baseUrl(),
                "quarkus.rest-client.partners-service.url", partnersProxy.baseUrl()));
    }

    private static Map<String, String> startKeycloak() {
        Instant begin = Instant.now();
        Map<String, String> config = new KeycloakTestResource().start();
        System.out.printf("[platform] Keycloak ready at %s after %d ms (0 when this JVM had it already)%n",
                KeycloakTestResource.baseUrl(), Duration.between(begin, Instant.now()).toMillis());
        return config;
    }

    private static Map<String, String> with(Map<String, String> first, Map<String, String> second) {
        Map<String, String> merged = new HashMap<>(first);
        merged.putAll(second);
        return merged;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(partners,
                new TestInjector.AnnotatedAndMatchesType(PartnersProcess.class, ServiceProcess.class));
    }

    @Override
    public void stop() {
        if (partnersProxy != null) {
            partnersProxy.close();
        }
        if (ventures != null) {
            ventures.stop();
        }
        if (partners != null) {
            partners.stop();
        }
        if (database != null) {
            database.close();
        }
        // Keycloak stays up for the rest of the JVM (KeycloakTestResource stops it at exit)
    }
}
