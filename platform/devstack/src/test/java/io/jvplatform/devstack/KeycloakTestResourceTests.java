package io.jvplatform.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Keycloak test resource's bookkeeping, without a Keycloak: one server per test JVM, found
 * through a system property, and the OIDC configuration it hands each service under test.
 */
class KeycloakTestResourceTests {

    private static final String RUNNING = "http://127.0.0.1:41234";
    private String previous;

    @BeforeEach
    void remember() {
        previous = System.getProperty(KeycloakTestResource.BASE_URL_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(KeycloakTestResource.BASE_URL_PROPERTY);
        } else {
            System.setProperty(KeycloakTestResource.BASE_URL_PROPERTY, previous);
        }
    }

    @Test
    void aKeycloakAlreadyRunningInThisJvmIsReusedAndTheServiceIsPointedAtRealmJv() {
        System.setProperty(KeycloakTestResource.BASE_URL_PROPERTY, RUNNING);

        Map<String, String> config = new KeycloakTestResource().start();

        assertThat(config).containsOnly(
                Map.entry("quarkus.oidc.auth-server-url", RUNNING + "/realms/jv"),
                Map.entry("quarkus.oidc.client-id", "jv-gateway"),
                Map.entry("quarkus.oidc.token.audience", "jv-gateway"),
                Map.entry("quarkus.keycloak.devservices.enabled", "false"));
        assertThat(KeycloakTestResource.baseUrl()).isEqualTo(RUNNING);
    }

    @Test
    void stoppingTheResourceLeavesKeycloakRunningForTheNextQuarkusStart() {
        System.setProperty(KeycloakTestResource.BASE_URL_PROPERTY, RUNNING);
        KeycloakTestResource resource = new KeycloakTestResource();
        resource.start();

        resource.stop();

        assertThat(KeycloakTestResource.baseUrl()).isEqualTo(RUNNING);
        assertThat(new KeycloakTestResource().start()).containsEntry("quarkus.oidc.auth-server-url", RUNNING + "/realms/jv");
    }

    @Test
    void withoutTheResourceThereIsNoUrlToAskAndTheMessageSaysWhatToDeclare() {
        System.clearProperty(KeycloakTestResource.BASE_URL_PROPERTY);

        assertThatThrownBy(KeycloakTestResource::baseUrl)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Keycloak is not running: declare KeycloakTestResource on the test class");
    }

    @Test
    void theTestIssuerResourceConfiguresTheServiceWithTheIssuersKeyAndNothingElse() {
        TestIssuerResource resource = new TestIssuerResource();

        assertThat(resource.start()).isEqualTo(TestIssuer.serviceConfig())
                .containsEntry("quarkus.oidc.public-key", TestIssuer.publicKey());
        resource.stop();
        assertThat(new TestIssuerResource().start()).as("the same key after a stop").isEqualTo(TestIssuer.serviceConfig());
    }
}
