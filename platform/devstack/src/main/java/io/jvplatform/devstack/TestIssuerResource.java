package io.jvplatform.devstack;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes the service under test accept {@link TestIssuer}'s tokens, and only those: its fast tests
 * sign their own Keycloak-shaped tokens instead of waiting for a Keycloak. A peer service that the
 * test starts gets the same {@link TestIssuer#serviceConfig()}, so a forwarded token is valid there too.
 */
public class TestIssuerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestIssuer.serviceConfig();
    }

    @Override
    public void stop() {
        // nothing runs: the key pair lives as long as the test JVM
    }
}
