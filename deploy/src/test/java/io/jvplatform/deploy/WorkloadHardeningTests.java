package io.jvplatform.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.jvplatform.deploy.JvPlatformChart.SERVICES;
import static io.jvplatform.deploy.JvPlatformChart.name;
import static org.assertj.core.api.Assertions.assertThat;

/** What every pod of the platform must be: probed, bounded, unprivileged, with a read-only root. */
class WorkloadHardeningTests {

    @ParameterizedTest
    @EnumSource(Installation.class)
    void everyServiceContainerHasReadinessAndLivenessProbesOnQuarkusHealth(Installation installation) {
        RenderedChart chart = installation.render();
        for (String service : SERVICES) {
            Container container = chart.container(service);

            assertThat(container.getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getName()).isEqualTo("http");
                assertThat(port.getContainerPort()).isEqualTo(8080);
            });
            assertHttpProbe(container.getReadinessProbe(), "/q/health/ready");
            assertHttpProbe(container.getLivenessProbe(), "/q/health/live");
            assertHttpProbe(container.getStartupProbe(), "/q/health/started");
        }
    }

    @ParameterizedTest
    @EnumSource(Installation.class)
    void everyContainerHasResourceRequestsAndLimits(Installation installation) {
        assertThat(allContainers(installation.render())).isNotEmpty().allSatisfy(container -> {
            assertThat(container.getResources().getRequests()).as(container.getName()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(container.getName()).containsKeys("cpu", "memory");
        });
    }

    @ParameterizedTest
    @EnumSource(Installation.class)
    void serviceContainersRunAsNonRootOnAReadOnlyRootWithoutPrivileges(Installation installation) {
        RenderedChart chart = installation.render();
        for (String service : SERVICES) {
            assertLockedDown(chart.container(service).getSecurityContext(), service);
            assertThat(chart.container(service).getSecurityContext().getReadOnlyRootFilesystem()).as(service).isTrue();
            assertPodLockedDown(chart.deployment(service).getSpec().getTemplate().getSpec(), service);
        }
    }

    @ParameterizedTest
    @EnumSource(Installation.class)
    void serviceContainersWriteOnlyToAnEmptyDirAtTmp(Installation installation) {
        RenderedChart chart = installation.render();
        for (String service : SERVICES) {
            PodSpec pod = chart.deployment(service).getSpec().getTemplate().getSpec();
            VolumeMount tmp = chart.container(service).getVolumeMounts().stream()
                    .filter(mount -> mount.getMountPath().equals("/tmp")).findFirst().orElseThrow();

            assertThat(tmp.getReadOnly()).as(service).isNotEqualTo(Boolean.TRUE);
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst().orElseThrow();
            assertThat(volume.getEmptyDir()).as(service).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Installation.class)
    void eachServiceRunsUnderItsOwnServiceAccountWithoutAnApiToken(Installation installation) {
        RenderedChart chart = installation.render();
        for (String service : SERVICES) {
            PodSpec pod = chart.deployment(service).getSpec().getTemplate().getSpec();
            ServiceAccount account = chart.get(ServiceAccount.class, name(service));

            assertThat(pod.getServiceAccountName()).isEqualTo(name(service));
            assertThat(account.getAutomountServiceAccountToken()).as(service).isFalse();
            assertThat(pod.getAutomountServiceAccountToken()).as(service).isFalse();
        }
        assertThat(chart.all(ServiceAccount.class)).allSatisfy(
                account -> assertThat(account.getAutomountServiceAccountToken()).isFalse());
    }

    @Test
    void theBundledPostgresqlIsLockedDownLikeTheServices() {
        StatefulSet postgresql = Installation.BUNDLED.render().get(StatefulSet.class, name("postgresql"));
        PodSpec pod = postgresql.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);

        assertLockedDown(container.getSecurityContext(), "postgresql");
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertPodLockedDown(pod, "postgresql");
        assertThat(container.getReadinessProbe().getExec().getCommand()).startsWith("pg_isready");
        assertThat(container.getLivenessProbe().getExec().getCommand()).startsWith("pg_isready");
        assertThat(pod.getServiceAccountName()).isEqualTo(name("postgresql"));
    }

    /** Keycloak's start-dev writes into its installation directory: the one writable root, marked NOT FOR PRODUCTION. */
    @Test
    void theBundledKeycloakRunsUnprivilegedWithHealthProbes() {
        Deployment keycloak = Installation.BUNDLED.render().get(Deployment.class, name("keycloak"));
        PodSpec pod = keycloak.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);

        assertLockedDown(container.getSecurityContext(), "keycloak");
        assertPodLockedDown(pod, "keycloak");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/health/ready");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/health/live");
    }

    @Test
    void theUserIdCanBeLeftToThePlatform() {
        RenderedChart chart = JvPlatformChart.render("""
                securityContext:
                  runAsUser: null
                """);

        for (String service : SERVICES) {
            assertThat(chart.container(service).getSecurityContext().getRunAsUser()).isNull();
            assertThat(chart.deployment(service).getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser()).isNull();
            assertThat(chart.container(service).getSecurityContext().getRunAsNonRoot()).isTrue();
        }
        assertThat(Installation.DEFAULT.render().container("gateway").getSecurityContext().getRunAsUser()).isEqualTo(185L);
    }

    private static void assertHttpProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    private static void assertLockedDown(SecurityContext context, String what) {
        assertThat(context).as(what).isNotNull();
        assertThat(context.getRunAsNonRoot()).as(what + " runAsNonRoot").isTrue();
        assertThat(context.getAllowPrivilegeEscalation()).as(what + " allowPrivilegeEscalation").isFalse();
        assertThat(context.getPrivileged()).as(what + " privileged").isNotEqualTo(Boolean.TRUE);
        assertThat(context.getCapabilities().getDrop()).as(what + " capabilities.drop").containsExactly("ALL");
        assertThat(context.getCapabilities().getAdd()).as(what + " capabilities.add").isNullOrEmpty();
        assertThat(context.getSeccompProfile().getType()).as(what + " seccompProfile").isEqualTo("RuntimeDefault");
    }

    private static void assertPodLockedDown(PodSpec pod, String what) {
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(what + " pod runAsNonRoot").isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(what + " pod seccompProfile").isEqualTo("RuntimeDefault");
        assertThat(pod.getHostNetwork()).isNotEqualTo(Boolean.TRUE);
        assertThat(pod.getHostPID()).isNotEqualTo(Boolean.TRUE);
        assertThat(pod.getAutomountServiceAccountToken()).as(what + " automountServiceAccountToken").isFalse();
    }

    private static List<Container> allContainers(RenderedChart chart) {
        return chart.podTemplates().values().stream()
                .flatMap(template -> template.getSpec().getContainers().stream()).toList();
    }
}
