package io.jvplatform.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The app.kubernetes.io/* labels on every object and pod, and selectors that rely on them only. */
class LabelsTests {

    private static final Set<String> COMPONENTS = Set.of("gateway", "ventures-service", "partners-service", "postgresql", "keycloak");

    @ParameterizedTest
    @EnumSource(Installation.class)
    void everyObjectAndPodCarriesTheStandardLabels(Installation installation) {
        RenderedChart chart = installation.render();

        assertThat(chart.objects()).allSatisfy(object -> assertStandardLabels(object.getMetadata().getLabels(), describe(object)));
        chart.podTemplates().forEach((workload, template) -> assertStandardLabels(template.getMetadata().getLabels(), workload + " pods"));
    }

    @ParameterizedTest
    @EnumSource(Installation.class)
    void objectsAreNamedAfterTheReleaseAndTheirComponent(Installation installation) {
        assertThat(installation.render().objects()).allSatisfy(object -> assertThat(object.getMetadata().getName())
                .startsWith(JvPlatformChart.name(object.getMetadata().getLabels().get("app.kubernetes.io/component"))));
    }

    @Test
    void theVersionLabelIsTheImageTagThePodsRun() {
        Map<String, PodTemplateSpec> pods = JvPlatformChart.renderProduction().podTemplates();

        assertThat(pods.values()).allSatisfy(pod -> assertThat(pod.getMetadata().getLabels())
                .containsEntry("app.kubernetes.io/version", "1.4.2"));
        assertThat(Installation.BUNDLED.render().get(Deployment.class, JvPlatformChart.name("keycloak"))
                .getMetadata().getLabels()).containsEntry("app.kubernetes.io/version", "26.5.6");
    }

    @Test
    void aLongImageTagStillMakesAValidVersionLabel() {
        String tag = "sha-" + "0123456789abcdef".repeat(4) + "_";
        RenderedChart chart = JvPlatformChart.render("gateway:\n  image:\n    tag: " + tag + "\n");

        assertThat(chart.container("gateway").getImage()).endsWith(":" + tag);
        assertThat(chart.deployment("gateway").getMetadata().getLabels().get("app.kubernetes.io/version"))
                .hasSizeLessThanOrEqualTo(63).matches("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?").startsWith("sha-0123");
    }

    private static void assertStandardLabels(Map<String, String> labels, String what) {
        assertThat(labels).as(what).contains(
                entry("app.kubernetes.io/name", "jv-platform"),
                entry("app.kubernetes.io/instance", JvPlatformChart.RELEASE),
                entry("app.kubernetes.io/part-of", "jv-platform"),
                entry("app.kubernetes.io/managed-by", "Helm"));
        assertThat(labels.get("helm.sh/chart")).as(what).matches("jv-platform-[0-9]+\\.[0-9]+\\.[0-9]+.*");
        assertThat(labels.get("app.kubernetes.io/component")).as(what).isIn(COMPONENTS);
        assertThat(labels.get("app.kubernetes.io/version")).as(what).isNotBlank();
    }

    private static String describe(HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }
}
