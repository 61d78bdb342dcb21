package io.jvplatform.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.jvplatform.deploy.JvPlatformChart.SERVICES;
import static io.jvplatform.deploy.JvPlatformChart.SERVICES_WITH_DATABASE;
import static io.jvplatform.deploy.JvPlatformChart.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The bundled PostgreSQL and Keycloak: only when enabled, and loudly NOT FOR PRODUCTION. */
class BundledDependenciesTests {

    private static final String ONLY_POSTGRESQL = """
            postgresql:
              bundled:
                enabled: true
            """;
    private static final String ONLY_KEYCLOAK = """
            keycloak:
              bundled:
                enabled: true
            """;
    private static final String NOT_FOR_PRODUCTION = "NOT FOR PRODUCTION";

    @Test
    void nothingIsBundledByDefaultOrInProduction() {
        assertThat(bundledObjects(Installation.DEFAULT.render())).isEmpty();
        assertThat(bundledObjects(JvPlatformChart.renderProduction())).isEmpty();
        assertThat(Installation.DEFAULT.render().all(StatefulSet.class)).isEmpty();
    }

    @Test
    void eachDependencyIsBundledOnItsOwnSwitch() {
        RenderedChart postgresqlOnly = JvPlatformChart.render(ONLY_POSTGRESQL);
        RenderedChart keycloakOnly = JvPlatformChart.render(ONLY_KEYCLOAK);

        assertThat(components(bundledObjects(postgresqlOnly))).containsOnly("postgresql");
        assertThat(components(bundledObjects(keycloakOnly))).containsOnly("keycloak");
    }

    @Test
    void theBundledPostgresqlIsOnePodWithAPersistentVolume() {
        StatefulSet postgresql = Installation.BUNDLED.render().get(StatefulSet.class, name("postgresql"));

        assertThat(postgresql.getSpec().getReplicas()).isEqualTo(1);
        assertThat(postgresql.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).isEqualTo("docker.io/library/postgres:17.6");
        assertThat(postgresql.getSpec().getVolumeClaimTemplates()).singleElement().satisfies((PersistentVolumeClaim claim) -> {
            assertThat(claim.getMetadata().getName()).isEqualTo("data");
            assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
            assertThat(claim.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("2Gi");
        });
        assertThat(mounts(postgresql.getSpec().getTemplate().getSpec().getContainers().get(0)))
                .containsEntry("data", "/var/lib/postgresql/data")
                .containsEntry("init", "/docker-entrypoint-initdb.d");
    }

    @Test
    void theBundledPostgresqlCreatesBothDatabasesWithTheServicesCredentials() {
        RenderedChart chart = Installation.BUNDLED.render();
        StatefulSet postgresql = chart.get(StatefulSet.class, name("postgresql"));
        Map<String, EnvVar> env = postgresql.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .collect(Collectors.toMap(EnvVar::getName, e -> e));
        String script = chart.get(ConfigMap.class, name("postgresql-init")).getData().get("create-databases.sh");

        assertThat(env.get("VENTURES_DB_NAME").getValue()).isEqualTo("ventures");
        assertThat(env.get("PARTNERS_DB_NAME").getValue()).isEqualTo("partners");
        assertThat(env.get("VENTURES_DB_USER").getValue()).isEqualTo("ventures");
        assertThat(env.get("PARTNERS_DB_USER").getValue()).isEqualTo("partners");
        assertThat(env.get("VENTURES_DB_PASSWORD").getValueFrom().getSecretKeyRef().getName()).isEqualTo(name("ventures-service-db"));
        assertThat(env.get("PARTNERS_DB_PASSWORD").getValueFrom().getSecretKeyRef().getName()).isEqualTo(name("partners-service-db"));
        assertThat(env.get("POSTGRES_PASSWORD").getValueFrom().getSecretKeyRef().getName()).isEqualTo(name("postgresql"));
        assertThat(script)
                .contains("CREATE DATABASE :\"db\" OWNER :\"owner\"")
                .contains("create_service_database \"$VENTURES_DB_NAME\" \"$VENTURES_DB_USER\" \"$VENTURES_DB_PASSWORD\"")
                .contains("create_service_database \"$PARTNERS_DB_NAME\" \"$PARTNERS_DB_USER\" \"$PARTNERS_DB_PASSWORD\"");
    }

    @Test
    void theServicesUseTheBundledPostgresqlWhenEnabled() {
        RenderedChart chart = Installation.BUNDLED.render();
        Service postgresql = chart.get(Service.class, name("postgresql"));

        assertThat(postgresql.getSpec().getPorts().get(0).getPort()).isEqualTo(5432);
        assertThat(chart.config("ventures-service")).containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://jv-jv-platform-postgresql:5432/ventures");
        assertThat(chart.config("partners-service")).containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://jv-jv-platform-postgresql:5432/partners");
    }

    /**
     * A generated password must survive upgrades, or the services would lose the database that was
     * initialised with it: such Secrets are pre-install hooks, created once and outside the release
     * manifest that every upgrade re-renders.
     */
    @Test
    void generatedPasswordsAreCreatedOnceAtInstallOutsideTheReleaseManifest() {
        RenderedChart chart = JvPlatformChart.render(ONLY_POSTGRESQL, ONLY_KEYCLOAK);
        StatefulSet postgresql = chart.get(StatefulSet.class, name("postgresql"));

        assertThat(chart.all(Secret.class)).isEmpty();
        assertThat(postgresql.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                .filteredOn(env -> env.getValueFrom() != null)
                .extracting(env -> env.getValueFrom().getSecretKeyRef().getName())
                .containsExactlyInAnyOrder(name("postgresql"), name("ventures-service-db"), name("partners-service-db"));
        for (String service : SERVICES_WITH_DATABASE) {
            assertThat(chart.container(service).getEnv()).singleElement()
                    .satisfies(env -> assertThat(env.getValueFrom().getSecretKeyRef().getName()).isEqualTo(name(service + "-db")));
        }
    }

    @Test
    void theBundledKeycloakImportsTheJvRealmInDevelopmentMode() {
        RenderedChart chart = Installation.BUNDLED.render();
        Deployment keycloak = chart.get(Deployment.class, name("keycloak"));
        Container container = keycloak.getSpec().getTemplate().getSpec().getContainers().get(0);
        ConfigMap realm = chart.get(ConfigMap.class, name("keycloak-realm"));

        assertThat(container.getImage()).isEqualTo("quay.io/keycloak/keycloak:26.5.6");
        assertThat(container.getArgs()).containsExactly("start-dev", "--import-realm");
        assertThat(mounts(container)).containsEntry("realm", "/opt/keycloak/data/import");
        assertThat(keycloak.getSpec().getTemplate().getSpec().getVolumes()).anySatisfy(volume -> {
            assertThat(volume.getName()).isEqualTo("realm");
            assertThat(volume.getConfigMap().getName()).isEqualTo(realm.getMetadata().getName());
        });
        assertThat(realm.getData().get("jv-realm.json"))
                .isEqualTo(JvPlatformChart.read(JvPlatformChart.DIRECTORY.resolve("files/jv-realm.json")).stripTrailing());
    }

    @Test
    void theServicesValidateTokensOfTheBundledKeycloak() {
        RenderedChart chart = Installation.BUNDLED.render();

        for (String service : SERVICES) {
            assertThat(chart.config(service)).containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://jv-jv-platform-keycloak:8080/realms/jv");
        }
        Container keycloak = chart.get(Deployment.class, name("keycloak")).getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(keycloak.getEnv()).extracting(EnvVar::getName, EnvVar::getValue)
                .contains(tuple("KC_HOSTNAME", "http://localhost:8180"),
                        tuple("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true"));
    }

    @Test
    void valuesNotesAndReadmeSayTheBundledDependenciesAreNotForProduction() {
        String values = JvPlatformChart.read(JvPlatformChart.DIRECTORY.resolve("values.yaml"));
        String readme = JvPlatformChart.read(JvPlatformChart.REPOSITORY.resolve("deploy/README.md"));

        assertThat(values.split(NOT_FOR_PRODUCTION, -1)).as("in values.yaml, once per dependency").hasSize(3);
        assertThat(readme).contains(NOT_FOR_PRODUCTION);
        assertThat(JvPlatformChart.notes(ONLY_POSTGRESQL)).contains(NOT_FOR_PRODUCTION + ": the bundled PostgreSQL");
        assertThat(JvPlatformChart.notes(ONLY_KEYCLOAK)).contains(NOT_FOR_PRODUCTION + ": the bundled Keycloak");
        assertThat(JvPlatformChart.notes()).doesNotContain(NOT_FOR_PRODUCTION);
    }

    private static List<HasMetadata> bundledObjects(RenderedChart chart) {
        return chart.objects().stream().filter(object -> !SERVICES.contains(component(object))).toList();
    }

    private static List<String> components(List<HasMetadata> objects) {
        return objects.stream().map(BundledDependenciesTests::component).distinct().toList();
    }

    private static String component(HasMetadata object) {
        return object.getMetadata().getLabels().get("app.kubernetes.io/component");
    }

    private static Map<String, String> mounts(Container container) {
        return container.getVolumeMounts().stream().collect(Collectors.toMap(VolumeMount::getName, VolumeMount::getMountPath));
    }
}
