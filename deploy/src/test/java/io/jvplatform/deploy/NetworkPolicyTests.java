package io.jvplatform.deploy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.jvplatform.deploy.JvPlatformChart.name;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each NetworkPolicy rule is read back as flows "peer:port/protocol", the peer resolved to the
 * workloads its podSelector really selects in the same rendering (so a label typo shows up as a
 * flow to nobody).
 */
class NetworkPolicyTests {

    private static final String GATEWAY = "pods " + name("gateway");
    private static final String VENTURES = "pods " + name("ventures-service");
    private static final String PARTNERS = "pods " + name("partners-service");
    private static final String POSTGRESQL = "pods " + name("postgresql");
    private static final String KEYCLOAK = "pods " + name("keycloak");
    private static final List<String> DNS = List.of(
            "namespace kube-system, pods k8s-app=kube-dns:53/UDP", "namespace kube-system, pods k8s-app=kube-dns:53/TCP");

    @ParameterizedTest
    @EnumSource(Installation.class)
    void eachWorkloadIsSelectedByExactlyItsOwnPolicyForBothDirections(Installation installation) {
        RenderedChart chart = installation.render();
        Set<String> workloads = chart.podTemplates().keySet();

        assertThat(chart.names(NetworkPolicy.class)).containsExactlyInAnyOrderElementsOf(workloads);
        for (String workload : workloads) {
            NetworkPolicy policy = chart.get(NetworkPolicy.class, workload);
            assertThat(chart.workloadsSelectedBy(policy.getSpec().getPodSelector())).containsExactly(workload);
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        }
    }

    @Test
    void onlyTheGatewayAndTheOtherServiceReachAService() {
        RenderedChart chart = Installation.DEFAULT.render();

        assertThat(ingress(chart, "ventures-service")).containsExactlyInAnyOrder(GATEWAY + ":8080/TCP", PARTNERS + ":8080/TCP");
        assertThat(ingress(chart, "partners-service")).containsExactlyInAnyOrder(GATEWAY + ":8080/TCP", VENTURES + ":8080/TCP");
    }

    @Test
    void theGatewayIsTheOpenEntryUnlessRestrictedToTheIngressController() {
        assertThat(ingress(Installation.DEFAULT.render(), "gateway")).containsExactly("anywhere:8080/TCP");
        assertThat(ingress(JvPlatformChart.renderProduction(), "gateway"))
                .containsExactlyInAnyOrder("namespace ingress-nginx:8080/TCP", "namespace monitoring:8080/TCP");
    }

    @Test
    void servicesReachDnsKeycloakTheirDatabaseAndTheOneServiceTheyCall() {
        RenderedChart chart = Installation.DEFAULT.render();

        assertThat(egress(chart, "ventures-service")).containsExactlyInAnyOrderElementsOf(
                with(DNS, PARTNERS + ":8080/TCP", "anywhere:443/TCP", "anywhere:5432/TCP"));
        assertThat(egress(chart, "partners-service")).containsExactlyInAnyOrderElementsOf(
                with(DNS, VENTURES + ":8080/TCP", "anywhere:443/TCP", "anywhere:5432/TCP"));
        assertThat(egress(chart, "gateway")).as("no database").containsExactlyInAnyOrderElementsOf(
                with(DNS, VENTURES + ":8080/TCP", PARTNERS + ":8080/TCP", "anywhere:443/TCP"));
    }

    @Test
    void productionPeersNarrowTheExternalDestinations() {
        RenderedChart chart = JvPlatformChart.renderProduction();

        assertThat(egress(chart, "ventures-service")).containsExactlyInAnyOrderElementsOf(with(DNS,
                PARTNERS + ":8080/TCP", "ipBlock 10.30.0.10/32:443/TCP", "ipBlock 10.20.0.0/24:5433/TCP",
                "namespace observability:4317/TCP"));
        assertThat(egress(chart, "gateway")).containsExactlyInAnyOrderElementsOf(with(DNS,
                VENTURES + ":8080/TCP", PARTNERS + ":8080/TCP", "ipBlock 10.30.0.10/32:443/TCP",
                "namespace observability:4317/TCP"));
        assertThat(ingress(chart, "partners-service")).containsExactlyInAnyOrder(
                GATEWAY + ":8080/TCP", VENTURES + ":8080/TCP", "namespace monitoring:8080/TCP");
    }

    @Test
    void withTheBundledDependenciesOnlyTheServicesReachPostgresqlAndPostgresqlReachesNothing() {
        RenderedChart chart = Installation.BUNDLED.render();

        assertThat(egress(chart, "ventures-service")).containsExactlyInAnyOrderElementsOf(
                with(DNS, PARTNERS + ":8080/TCP", KEYCLOAK + ":8080/TCP", POSTGRESQL + ":5432/TCP"));
        assertThat(egress(chart, "gateway")).containsExactlyInAnyOrderElementsOf(
                with(DNS, VENTURES + ":8080/TCP", PARTNERS + ":8080/TCP", KEYCLOAK + ":8080/TCP"));
        assertThat(ingress(chart, "postgresql")).containsExactlyInAnyOrder(VENTURES + ":5432/TCP", PARTNERS + ":5432/TCP");
        assertThat(egress(chart, "postgresql")).isEmpty();
        assertThat(ingress(chart, "keycloak")).containsExactly("anywhere:8080/TCP");
        assertThat(egress(chart, "keycloak")).containsExactlyInAnyOrderElementsOf(DNS);
    }

    @Test
    void canBeSwitchedOffForClustersWithoutEnforcement() {
        RenderedChart chart = JvPlatformChart.render("""
                networkPolicy:
                  enabled: false
                """);

        assertThat(chart.all(NetworkPolicy.class)).isEmpty();
    }

    private static Set<String> ingress(RenderedChart chart, String component) {
        NetworkPolicy policy = chart.get(NetworkPolicy.class, name(component));
        Set<String> flows = new TreeSet<>();
        policy.getSpec().getIngress().forEach(rule -> flows.addAll(flows(chart, rule.getFrom(), rule.getPorts())));
        return flows;
    }

    private static Set<String> egress(RenderedChart chart, String component) {
        NetworkPolicy policy = chart.get(NetworkPolicy.class, name(component));
        Set<String> flows = new TreeSet<>();
        policy.getSpec().getEgress().forEach(rule -> flows.addAll(flows(chart, rule.getTo(), rule.getPorts())));
        return flows;
    }

    private static List<String> flows(RenderedChart chart, List<NetworkPolicyPeer> peers, List<NetworkPolicyPort> ports) {
        List<String> sources = peers == null || peers.isEmpty()
                ? List.of("anywhere")
                : peers.stream().flatMap(peer -> describe(chart, peer)).toList();
        assertThat(ports).as("every rule names its ports").isNotEmpty();
        return sources.stream().flatMap(source -> ports.stream()
                .map(port -> source + ":" + port.getPort().getValue() + "/" + port.getProtocol())).toList();
    }

    private static Stream<String> describe(RenderedChart chart, NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return Stream.of("ipBlock " + peer.getIpBlock().getCidr());
        }
        if (peer.getNamespaceSelector() != null) {
            String namespace = "namespace " + peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
            return Stream.of(peer.getPodSelector() == null ? namespace : namespace + ", pods " + labels(peer.getPodSelector()));
        }
        Set<String> selected = chart.workloadsSelectedBy(peer.getPodSelector());
        assertThat(selected).as("pods selected by %s", peer.getPodSelector()).isNotEmpty();
        return selected.stream().map(workload -> "pods " + workload);
    }

    private static String labels(LabelSelector selector) {
        return selector.getMatchLabels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    private static List<String> with(List<String> flows, String... more) {
        return Stream.concat(flows.stream(), Stream.of(more)).toList();
    }
}
