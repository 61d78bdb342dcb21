package io.jvplatform.deploy;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;

import static io.jvplatform.deploy.JvPlatformChart.name;
import static org.assertj.core.api.Assertions.assertThat;

/** The gateway is the only public entry, through an optional Ingress that exposes /graphql only. */
class IngressTests {

    @Test
    void noIngressUnlessEnabled() {
        assertThat(Installation.DEFAULT.render().all(Ingress.class)).isEmpty();
        assertThat(Installation.BUNDLED.render().all(Ingress.class)).isEmpty();
    }

    @Test
    void theIngressRoutesGraphqlToTheGatewayWithTls() {
        RenderedChart chart = JvPlatformChart.renderProduction();
        Ingress ingress = chart.get(Ingress.class, name("gateway"));
        Service gateway = chart.get(Service.class, name("gateway"));

        assertThat(chart.all(Ingress.class)).hasSize(1);
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getMetadata().getAnnotations()).containsEntry("cert-manager.io/cluster-issuer", "letsencrypt");
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getSecretName()).isEqualTo("jv-example-com-tls");
            assertThat(tls.getHosts()).containsExactly("jv.example.com");
        });
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo("jv.example.com");
            HTTPIngressPath path = rule.getHttp().getPaths().get(0);
            assertThat(rule.getHttp().getPaths()).hasSize(1);
            assertThat(path.getPath()).as("health and metrics under /q stay internal").isEqualTo("/graphql");
            assertThat(path.getPathType()).isEqualTo("Prefix");
            assertThat(path.getBackend().getService().getName()).isEqualTo(gateway.getMetadata().getName());
            assertThat(path.getBackend().getService().getPort().getName()).isEqualTo(gateway.getSpec().getPorts().get(0).getName());
        });
    }
}
