package io.jvplatform.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.jvplatform.deploy.JvPlatformChart.SERVICES;
import static io.jvplatform.deploy.JvPlatformChart.SERVICES_WITH_DATABASE;
import static io.jvplatform.deploy.JvPlatformChart.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The Quarkus configuration each service gets: ConfigMap for settings, Secret for the password. */
class ServiceConfigurationTests {

    private static final String EXTERNAL_ISSUER = "https://keycloak.example.com/realms/jv";

    @ParameterizedTest
    @EnumSource(Installation.class)
    void eachServiceReadsItsOwnConfigMap(Installation installation) {
        RenderedChart chart = installation.render();
        for (String service : SERVICES) {
            Container container = chart.container(service);

            assertThat(container.getEnvFrom()).singleElement()
                    .satisfies(source -> assertThat(source.getConfigMapRef().getName()).isEqualTo(name(service)));
            assertThat(chart.config(service))
                    .contains(entry("QUARKUS_HTTP_PORT", "8080"),
                            entry("QUARKUS_OIDC_CLIENT_ID", "jv-gateway"),
                            entry("QUARKUS_OIDC_TOKEN_AUDIENCE", "jv-gateway"));
        }
    }

    @Test
    void theGatewayCallsBothServicesAndHasNoDatabase() {
        RenderedChart chart = Installation.DEFAULT.render();
        Map<String, String> config = chart.config("gateway");

        assertThat(config).containsEntry("QUARKUS_REST_CLIENT_VENTURES_SERVICE_URL", "http://jv-jv-platform-ventures-service:8080")
                .containsEntry("QUARKUS_REST_CLIENT_PARTNERS_SERVICE_URL", "http://jv-jv-platform-partners-service:8080");
        assertThat(config.keySet()).noneMatch(key -> key.startsWith("QUARKUS_DATASOURCE") || key.startsWith("QUARKUS_FLYWAY"));
        assertThat(chart.container("gateway").getEnv()).isNullOrEmpty();
    }

    @Test
    void eachServiceCallsOnlyTheOtherOne() {
        RenderedChart chart = Installation.DEFAULT.render();

        assertThat(chart.config("ventures-service"))
                .containsEntry("QUARKUS_REST_CLIENT_PARTNERS_SERVICE_URL", "http://jv-jv-platform-partners-service:8080")
                .doesNotContainKey("QUARKUS_REST_CLIENT_VENTURES_SERVICE_URL");
        assertThat(chart.config("partners-service"))
                .containsEntry("QUARKUS_REST_CLIENT_VENTURES_SERVICE_URL", "http://jv-jv-platform-ventures-service:8080")
                .doesNotContainKey("QUARKUS_REST_CLIENT_PARTNERS_SERVICE_URL");
    }

    /** The URLs in the configuration must lead to a Service that selects the right pods on the right port. */
    @ParameterizedTest
    @EnumSource(Installation.class)
    void serviceUrlsPointAtTheServicesOfThePeers(Installation installation) {
        RenderedChart chart = installation.render();
        for (String service : SERVICES) {
            Service kubernetesService = chart.get(Service.class, name(service));

            assertThat(kubernetesService.getSpec().getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getPort()).isEqualTo(8080);
                assertThat(port.getTargetPort().getStrVal()).isEqualTo("http");
            });
            assertThat(chart.workloadsSelectedBy(new LabelSelector(null, kubernetesService.getSpec().getSelector())))
                    .containsExactly(name(service));
        }
    }

    @Test
    void servicesUseTheirOwnDatabaseOnTheExternalPostgresqlAndMigrateAtStart() {
        Map<String, String> ventures = Installation.DEFAULT.render().config("ventures-service");
        Map<String, String> partners = Installation.DEFAULT.render().config("partners-service");

        assertThat(ventures).containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgresql.example.com:5432/ventures")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "ventures")
                .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "true");
        assertThat(partners).containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgresql.example.com:5432/partners")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "partners")
                .containsEntry("QUARKUS_FLYWAY_MIGRATE_AT_START", "true");
    }

    @Test
    void productionValuesSetHostPortDatabaseUserAndJdbcParameters() {
        Map<String, String> ventures = JvPlatformChart.renderProduction().config("ventures-service");

        assertThat(ventures).containsEntry("QUARKUS_DATASOURCE_JDBC_URL",
                        "jdbc:postgresql://pg.db.internal.example.com:5433/jv_ventures?sslmode=verify-full")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "jv_ventures");
    }

    @Test
    void thePasswordComesFromTheExistingSecretWhenOneIsNamed() {
        RenderedChart chart = JvPlatformChart.renderProduction();

        assertThat(passwordReference(chart, "ventures-service")).satisfies(ref -> {
            assertThat(ref.getName()).isEqualTo("jv-ventures-db");
            assertThat(ref.getKey()).isEqualTo("db-password");
        });
        assertThat(passwordReference(chart, "partners-service")).satisfies(ref -> {
            assertThat(ref.getName()).isEqualTo("jv-partners-db");
            assertThat(ref.getKey()).isEqualTo("password");
        });
        assertThat(chart.all(Secret.class)).as("the chart creates no Secret when all are existing").isEmpty();
    }

    @Test
    void aGivenPasswordIsKeptInASecretTheChartCreates() {
        RenderedChart chart = Installation.BUNDLED.render();
        SecretKeySelector ref = passwordReference(chart, "ventures-service");

        assertThat(ref.getName()).isEqualTo(name("ventures-service-db"));
        assertThat(decoded(chart.get(Secret.class, ref.getName()))).containsEntry(ref.getKey(), "ventures-secret-1");
    }

    /** External database, no password, no existingSecret: the pods wait for a Secret the operator creates. */
    @Test
    void withoutPasswordTheServicesExpectTheConventionalSecret() {
        RenderedChart chart = Installation.DEFAULT.render();

        for (String service : SERVICES_WITH_DATABASE) {
            assertThat(passwordReference(chart, service).getName()).isEqualTo(name(service + "-db"));
            assertThat(chart.find(Secret.class, name(service + "-db"))).isEmpty();
        }
        assertThat(JvPlatformChart.notes()).contains("kubectl --namespace jv-platform create secret generic jv-jv-platform-ventures-service-db");
    }

    @ParameterizedTest
    @EnumSource(Installation.class)
    void noSecretValueAppearsInAConfigMap(Installation installation) {
        RenderedChart chart = installation.render();
        List<String> secretValues = new ArrayList<>();
        chart.all(Secret.class).forEach(secret -> secretValues.addAll(decoded(secret).values()));
        secretValues.removeIf(value -> value.equals("admin"));
        if (installation == Installation.BUNDLED) {
            assertThat(secretValues).contains("ventures-secret-1", "partners-secret-2", "postgres-secret-3", "keycloak-secret-4");
        }

        assertThat(chart.all(ConfigMap.class)).allSatisfy(configMap -> assertThat(configMap.getData().values())
                .as(configMap.getMetadata().getName())
                .allSatisfy(value -> assertThat(secretValues).noneMatch(value::contains)));
        assertThat(chart.podTemplates().values()).allSatisfy(template -> assertThat(template.getSpec().getContainers())
                .flatExtracting(Container::getEnv).extracting(EnvVar::getValue)
                .allSatisfy(value -> assertThat(secretValues).noneMatch(secret -> value != null && value.contains(secret))));
    }

    @Test
    void theServicesValidateTokensOfTheExternalKeycloak() {
        assertThat(Installation.DEFAULT.render().config("partners-service"))
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", EXTERNAL_ISSUER);
        assertThat(JvPlatformChart.renderProduction().config("gateway"))
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "https://sso.example.com/realms/jv");
    }

    @Test
    void tracingIsOffWithoutAnOtlpEndpoint() {
        for (String service : SERVICES) {
            assertThat(Installation.DEFAULT.render().config(service))
                    .containsEntry("QUARKUS_OTEL_SDK_DISABLED", "true")
                    .doesNotContainKey("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
            assertThat(JvPlatformChart.renderProduction().config(service))
                    .containsEntry("QUARKUS_OTEL_SDK_DISABLED", "false")
                    .containsEntry("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.observability.svc:4317");
        }
    }

    @Test
    void extraConfigIsAddedAndRestartsThePodsWhenItChanges() {
        RenderedChart production = JvPlatformChart.renderProduction();

        assertThat(production.config("ventures-service"))
                .containsEntry("QUARKUS_LOG_LEVEL", "INFO")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "20");
        assertThat(checksum(production, "ventures-service")).isNotEqualTo(checksum(Installation.DEFAULT.render(), "ventures-service"));
        assertThat(checksum(production, "gateway")).isNotEqualTo(checksum(Installation.DEFAULT.render(), "gateway"));
    }

    @Test
    void theImageIsTheConfiguredRepositoryAndTag() {
        assertThat(Installation.DEFAULT.render().container("ventures-service").getImage())
                .isEqualTo("jv-platform/ventures-service:1.0.0-SNAPSHOT");
        assertThat(JvPlatformChart.renderProduction().container("gateway").getImage())
                .isEqualTo("registry.example.com/jv-platform/gateway:1.4.2");
    }

    private static SecretKeySelector passwordReference(RenderedChart chart, String service) {
        return chart.container(service).getEnv().stream()
                .filter(env -> env.getName().equals("QUARKUS_DATASOURCE_PASSWORD"))
                .findFirst().orElseThrow(() -> new AssertionError(service + " has no QUARKUS_DATASOURCE_PASSWORD"))
                .getValueFrom().getSecretKeyRef();
    }

    private static String checksum(RenderedChart chart, String service) {
        return chart.deployment(service).getSpec().getTemplate().getMetadata().getAnnotations().get("checksum/config");
    }

    static Map<String, String> decoded(Secret secret) {
        Map<String, String> values = new TreeMap<>();
        if (secret.getData() != null) {
            secret.getData().forEach((key, value) ->
                    values.put(key, new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
        }
        if (secret.getStringData() != null) {
            values.putAll(secret.getStringData());
        }
        return values;
    }
}
