package io.jvplatform.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local run's ports are written in three more places: each service's own configuration (its port,
 * its peers, and the {@code %dev} profile that a single module's {@code quarkus:dev} points at the
 * local platform's database and Keycloak) and the README's table. They must all say the same.
 */
class LocalPlatformTests {

    @Test
    void everyPartOfTheLocalRunHasItsOwnPortAndNoneIsPostgresOwnDefault() {
        List<Integer> ports = List.of(LocalPlatform.GATEWAY_PORT, LocalPlatform.VENTURES_PORT, LocalPlatform.PARTNERS_PORT,
                LocalPlatform.KEYCLOAK_PORT, LocalPlatform.POSTGRES_PORT);

        assertThat(ports).doesNotHaveDuplicates().doesNotContain(5432);
    }

    @Test
    void eachServiceListensOnThePortTheLocalRunGivesIt() throws IOException {
        assertThat(properties("gateway").getProperty("quarkus.http.port")).isEqualTo(Integer.toString(LocalPlatform.GATEWAY_PORT));
        assertThat(properties("ventures-service").getProperty("quarkus.http.port")).isEqualTo(Integer.toString(LocalPlatform.VENTURES_PORT));
        assertThat(properties("partners-service").getProperty("quarkus.http.port")).isEqualTo(Integer.toString(LocalPlatform.PARTNERS_PORT));
    }

    @Test
    void theGatewayFindsBothDataServicesWhereTheLocalRunStartsThem() throws IOException {
        Properties gateway = properties("gateway");

        assertThat(gateway.getProperty("quarkus.rest-client.ventures-service.url")).isEqualTo(url(LocalPlatform.VENTURES_PORT));
        assertThat(gateway.getProperty("quarkus.rest-client.partners-service.url")).isEqualTo(url(LocalPlatform.PARTNERS_PORT));
    }

    @Test
    void theDataServicesFindEachOtherWhereTheLocalRunStartsThem() throws IOException {
        assertThat(properties("ventures-service").getProperty("quarkus.rest-client.partners-service.url"))
                .isEqualTo(url(LocalPlatform.PARTNERS_PORT));
        assertThat(properties("partners-service").getProperty("%dev.quarkus.rest-client.ventures-service.url"))
                .isEqualTo(url(LocalPlatform.VENTURES_PORT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "ventures-service", "partners-service"})
    void inDevModeEveryServiceTrustsTheLocalKeycloaksRealm(String module) throws IOException {
        assertThat(properties(module).getProperty("%dev.quarkus.oidc.auth-server-url"))
                .isEqualTo(url(LocalPlatform.KEYCLOAK_PORT) + "/realms/" + KeycloakRealm.REALM);
    }

    @Test
    void inDevModeEachDataServiceUsesItsOwnDatabaseOnTheLocalPostgres() throws IOException {
        String postgres = "jdbc:postgresql://127.0.0.1:" + LocalPlatform.POSTGRES_PORT + "/";

        assertThat(properties("ventures-service").getProperty("%dev.quarkus.datasource.jdbc.url")).isEqualTo(postgres + "ventures");
        assertThat(properties("partners-service").getProperty("%dev.quarkus.datasource.jdbc.url")).isEqualTo(postgres + "partners");
    }

    @Test
    void theReadmesTableNamesTheSamePorts() throws IOException {
        String readme = Files.readString(RepositoryLayout.root().resolve("README.md"));

        assertThat(readme).contains(
                "| `gateway` | " + url(LocalPlatform.GATEWAY_PORT) + "/graphql |",
                "| `ventures-service` | " + url(LocalPlatform.VENTURES_PORT) + "/graphql |",
                "| `partners-service` | " + url(LocalPlatform.PARTNERS_PORT) + "/graphql |",
                "| Keycloak | " + url(LocalPlatform.KEYCLOAK_PORT) + " |",
                "| PostgreSQL (embedded) | 127.0.0.1:" + LocalPlatform.POSTGRES_PORT + " |");
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    /**
     * A module's configuration as Quarkus resolves it from files: its own application.properties over
     * the support library's shared files it includes ({@code quarkus.config.locations}).
     */
    private static Properties properties(String module) throws IOException {
        Properties own = load(RepositoryLayout.root().resolve(module).resolve("src/main/resources/application.properties"));
        Properties resolved = new Properties();
        for (String location : own.getProperty("quarkus.config.locations", "").split(",")) {
            if (!location.isBlank()) {
                resolved.putAll(load(RepositoryLayout.root().resolve("platform/support/src/main/resources").resolve(location.strip())));
            }
        }
        resolved.putAll(own);
        return resolved;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}
