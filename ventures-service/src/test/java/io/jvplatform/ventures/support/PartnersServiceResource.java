package io.jvplatform.ventures.support;

import io.jvplatform.devstack.EmbeddedDatabase;
import io.jvplatform.devstack.FreePort;
import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.ServiceProcess;
import io.jvplatform.devstack.TestIssuer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the real partners-service (its built jar, own JVM, own embedded PostgreSQL) next to this
 * module's test app, once for the whole test run. The two call each other: we check partners with
 * it, it asks us for active stakes before archiving, so our test port is chosen here and handed to
 * both. Tests get the process through {@link PartnersService} to stop and start it.
 */
public class PartnersServiceResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private ServiceProcess partners;

    @Override
    public Map<String, String> start() {
        int venturesPort = FreePort.find();
        database = EmbeddedDatabase.startTemporary();
        // partners-service checks the tokens ventures-service forwards: it trusts the tests' issuer too
        Map<String, String> config = new HashMap<>(TestIssuer.serviceConfig());
        config.putAll(Map.of(
                "quarkus.datasource.jdbc.url", database.createDatabase("partners"),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.PASSWORD,
                "quarkus.rest-client.ventures-service.url", "http://127.0.0.1:" + venturesPort));
        partners = ServiceProcess.start("partners-service", FreePort.find(), config);
        warmUp(partners.baseUrl());
        return Map.of(
                "quarkus.http.test-port", String.valueOf(venturesPort),
                "quarkus.rest-client.partners-service.url", partners.baseUrl());
    }

    /** A few requests so partners-service has loaded and compiled its GraphQL path before our 2 s timeouts count. */
    private static void warmUp(String baseUrl) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestIssuer.tokenFor(KeycloakRealm.VIEWER))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"query\":\"query W($ids: [ID!]!) { partnersByIds(ids: $ids) { id archived } }\","
                                + "\"variables\":{\"ids\":[\"00000000-0000-0000-0000-000000000000\"]}}"))
                .build();
        for (int i = 0; i < 5; i++) {
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(partners,
                new TestInjector.AnnotatedAndMatchesType(PartnersService.class, ServiceProcess.class));
    }

    @Override
    public void stop() {
        if (partners != null) {
            partners.stop();
        }
        if (database != null) {
            database.close();
        }
    }
}
