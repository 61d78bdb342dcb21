package io.jvplatform.deploy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.jvplatform.deploy.JvPlatformChart.SERVICES;
import static io.jvplatform.deploy.JvPlatformChart.name;
import static org.assertj.core.api.Assertions.assertThat;

/** Replicas, autoscaling, disruption budgets and rollouts of the three services. */
class ScalingTests {

    @Test
    void byDefaultEachServiceRunsTwoReplicasWithoutAutoscaler() {
        RenderedChart chart = Installation.DEFAULT.render();

        for (String service : SERVICES) {
            assertThat(chart.deployment(service).getSpec().getReplicas()).as(service).isEqualTo(2);
        }
        assertThat(chart.all(HorizontalPodAutoscaler.class)).isEmpty();
    }

    @Test
    void withAutoscalingTheAutoscalerOwnsTheReplicaCount() {
        RenderedChart chart = JvPlatformChart.renderProduction();

        for (String service : SERVICES) {
            Deployment deployment = chart.deployment(service);
            HorizontalPodAutoscaler autoscaler = chart.get(HorizontalPodAutoscaler.class, name(service));

            assertThat(deployment.getSpec().getReplicas()).as("a fixed count would fight the autoscaler").isNull();
            assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(autoscaler.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
            assertThat(autoscaler.getSpec().getMetrics()).singleElement().satisfies(metric -> {
                assertThat(metric.getResource().getName()).isEqualTo("cpu");
                assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
            });
        }
        HorizontalPodAutoscaler gateway = chart.get(HorizontalPodAutoscaler.class, name("gateway"));
        assertThat(gateway.getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(gateway.getSpec().getMaxReplicas()).isEqualTo(10);
        assertThat(gateway.getSpec().getMetrics().get(0).getResource().getTarget().getAverageUtilization()).isEqualTo(70);
    }

    @ParameterizedTest
    @EnumSource(Installation.class)
    void eachServiceHasADisruptionBudgetOverItsOwnPods(Installation installation) {
        RenderedChart chart = installation.render();

        for (String service : SERVICES) {
            PodDisruptionBudget budget = chart.get(PodDisruptionBudget.class, name(service));

            assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
            assertThat(chart.workloadsSelectedBy(budget.getSpec().getSelector())).containsExactly(name(service));
        }
    }

    @Test
    void aDisruptionBudgetCanBeAPercentageOrSwitchedOff() {
        RenderedChart chart = JvPlatformChart.render("""
                gateway:
                  podDisruptionBudget:
                    maxUnavailable: 25%
                partnersService:
                  podDisruptionBudget:
                    enabled: false
                """);

        assertThat(chart.get(PodDisruptionBudget.class, name("gateway")).getSpec().getMaxUnavailable().getStrVal()).isEqualTo("25%");
        assertThat(chart.find(PodDisruptionBudget.class, name("partners-service"))).isEmpty();
    }

    @Test
    void rolloutsAddANewPodBeforeRemovingAnOldOne() {
        for (String service : SERVICES) {
            var strategy = Installation.DEFAULT.render().deployment(service).getSpec().getStrategy();

            assertThat(strategy.getType()).isEqualTo("RollingUpdate");
            assertThat(strategy.getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
            assertThat(strategy.getRollingUpdate().getMaxSurge().getIntVal()).isEqualTo(1);
        }
    }
}
