package io.jvplatform.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static io.jvplatform.deploy.JvPlatformChart.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every rendered object fits the Kubernetes API model exactly (RenderedChart parses each one with
 * StrictKubernetesModel); and that check does catch a misspelt field.
 */
class KubernetesModelTests {

    @ParameterizedTest
    @EnumSource(Installation.class)
    void rendersOnlyObjectsOfTheKubernetesApi(Installation installation) {
        RenderedChart chart = installation.render();

        assertThat(chart.objects()).isNotEmpty().allSatisfy(object -> {
            assertThat(object.getMetadata().getName()).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?").hasSizeLessThanOrEqualTo(63);
            assertThat(object.getMetadata().getNamespace()).as("namespace comes from helm --namespace").isNull();
        });
        assertThat(chart.all(Namespace.class)).isEmpty();
        for (String service : JvPlatformChart.SERVICES) {
            chart.get(Deployment.class, name(service));
            chart.get(Service.class, name(service));
            chart.get(ConfigMap.class, name(service));
            chart.get(ServiceAccount.class, name(service));
            chart.get(NetworkPolicy.class, name(service));
            chart.get(PodDisruptionBudget.class, name(service));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "'  replicas: 2',                    '  replica: 2',                     replica",
            "'imagePullPolicy: IfNotPresent',    'imagePullPolice: IfNotPresent',    imagePullPolice",
            "'readOnlyRootFilesystem: true',     'readOnlyRootFileSystem: true',     readOnlyRootFileSystem",
            "'automountServiceAccountToken: false', 'automountServiceAccountTokens: false', automountServiceAccountTokens",
            "'  revisionHistoryLimit: 5',        '  revisionHistoryLimit: five',     revisionHistoryLimit",
    })
    void refusesAMisspeltOrMistypedField(String field, String misspelt, String reported) {
        String manifest = deploymentManifest();
        assertThat(manifest).contains(field);
        String broken = manifest.replace(field, misspelt);

        assertThatThrownBy(() -> StrictKubernetesModel.parse(broken))
                .isInstanceOf(StrictKubernetesModel.NotInApiModelException.class)
                .hasMessageContaining(reported);
    }

    @ParameterizedTest
    @CsvSource({"kind: Deployment, kind: Deploymnet", "apiVersion: apps/v1, apiVersion: apps/v2"})
    void refusesAnUnknownKind(String kind, String unknown) {
        String broken = deploymentManifest().replace(kind, unknown);

        assertThatThrownBy(() -> StrictKubernetesModel.parse(broken))
                .isInstanceOf(StrictKubernetesModel.NotInApiModelException.class)
                .hasMessageContaining("not a known Kubernetes kind");
    }

    @ParameterizedTest
    @EnumSource(Installation.class)
    void secretsAreOfTheOpaqueType(Installation installation) {
        assertThat(installation.render().all(Secret.class)).allSatisfy(secret -> assertThat(secret.getType()).isEqualTo("Opaque"));
    }

    private static String deploymentManifest() {
        RenderedChart chart = Installation.DEFAULT.render();
        HasMetadata deployment = chart.deployment("ventures-service");
        String manifest = chart.manifestOf(deployment);
        assertThat(StrictKubernetesModel.parse(manifest)).as("the unbroken manifest parses").isEqualTo(deployment);
        return manifest;
    }
}
