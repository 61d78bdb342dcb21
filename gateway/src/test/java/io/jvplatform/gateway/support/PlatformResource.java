package io.jvplatform.gateway.support;

import java.util.Map;

import io.jvplatform.devstack.DemoData;
import io.jvplatform.devstack.EmbeddedDatabase;
import io.jvplatform.devstack.FreePort;
import io.jvplatform.devstack.ServiceProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Both real services behind the gateway under test, started once for the whole test run: one
 * embedded PostgreSQL with a database per service, each service's built jar in its own JVM,
 * the demo data loaded through their GraphQL mutations. partners-service is reached through a
 * {@link SwitchableProxy}, so a test can make it hang without a test profile (which would
 * restart Quarkus); tests get the partners-service process through {@link PartnersProcess} to
 * stop and start it.
 */
public class PlatformResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private ServiceProcess partners;
    private ServiceProcess ventures;
    private SwitchableProxy partnersProxy;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.startTemporary();
        int partnersPort = FreePort.find();
        int venturesPort = FreePort.find();
        partners = ServiceProcess.start("partners-service", partnersPort, Map.of(
                "quarkus.datasource.jdbc.url", database.createDatabase("partners"),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.PASSWORD,
                "quarkus.rest-client.ventures-service.url", "http://127.0.0.1:" + venturesPort));
        ventures = ServiceProcess.start("ventures-service", venturesPort, Map.of(
                "quarkus.datasource.jdbc.url", database.createDatabase("ventures"),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", EmbeddedDatabase.PASSWORD,
                "quarkus.rest-client.partners-service.url", partners.baseUrl()));
        // No Keycloak yet: the services accept anonymous writes, so no token.
        DemoData.loadIfEmpty(partners.baseUrl(), ventures.baseUrl(), () -> null);
        SwitchableProxy.hang(false);
        partnersProxy = SwitchableProxy.start(FreePort.find(), partnersPort);
        return Map.of(
                "quarkus.rest-client.ventures-service.url", ventures.baseUrl(),
                "quarkus.rest-client.partners-service.url", partnersProxy.baseUrl());
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
    }
}
