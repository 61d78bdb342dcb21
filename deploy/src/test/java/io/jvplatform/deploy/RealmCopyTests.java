package io.jvplatform.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helm reads files only inside the chart, so the bundled Keycloak's realm is a copy of the realm as
 * code (deploy/keycloak/jv-realm.json). A change to one without the other fails here.
 */
class RealmCopyTests {

    private static final Path REALM = JvPlatformChart.REPOSITORY.resolve("deploy/keycloak/jv-realm.json");
    private static final Path CHART_COPY = JvPlatformChart.DIRECTORY.resolve("files/jv-realm.json");

    @Test
    void theChartCarriesAnIdenticalCopyOfTheRealm() throws IOException {
        assertThat(REALM).exists();
        assertThat(CHART_COPY).exists();

        assertThat(Files.mismatch(REALM, CHART_COPY))
                .as("%s differs from %s: cp deploy/keycloak/jv-realm.json deploy/helm/jv-platform/files/", CHART_COPY, REALM)
                .isEqualTo(-1L);
    }
}
