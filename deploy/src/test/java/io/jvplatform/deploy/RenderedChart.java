package io.jvplatform.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The objects of one `helm template` run, each parsed strictly into the Kubernetes API model. */
final class RenderedChart {

    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    private final Map<HasMetadata, String> manifests;

    private RenderedChart(Map<HasMetadata, String> manifests) {
        this.manifests = manifests;
    }

    static RenderedChart parse(String output) {
        Map<HasMetadata, String> manifests = new LinkedHashMap<>();
        for (String document : DOCUMENT_SEPARATOR.split(output)) {
            boolean onlyComments = document.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"));
            if (!onlyComments) {
                manifests.put(StrictKubernetesModel.parse(document), document);
            }
        }
        return new RenderedChart(manifests);
    }

    List<HasMetadata> objects() {
        return List.copyOf(manifests.keySet());
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return manifests.keySet().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " " + name
                + " among " + all(kind).stream().map(o -> o.getMetadata().getName()).toList()));
    }

    /** The YAML text Helm rendered for an object. */
    String manifestOf(HasMetadata object) {
        return manifests.get(object);
    }

    Deployment deployment(String component) {
        return get(Deployment.class, JvPlatformChart.name(component));
    }

    Container container(String component) {
        return deployment(component).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** A service's ConfigMap data: its Quarkus configuration. */
    Map<String, String> config(String component) {
        return get(ConfigMap.class, JvPlatformChart.name(component)).getData();
    }

    /** The pod templates of every workload (Deployments and StatefulSets), by object name. */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        all(Deployment.class).forEach(d -> templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(s -> templates.put(s.getMetadata().getName(), s.getSpec().getTemplate()));
        return templates;
    }

    /** Names of the workloads whose pods a selector selects (matchLabels; the chart uses no expressions). */
    Set<String> workloadsSelectedBy(LabelSelector selector) {
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new AssertionError("unexpected matchExpressions in " + selector);
        }
        Set<String> selected = new TreeSet<>();
        podTemplates().forEach((name, template) -> {
            if (template.getMetadata().getLabels().entrySet().containsAll(selector.getMatchLabels().entrySet())) {
                selected.add(name);
            }
        });
        return selected;
    }

    List<String> names(Class<? extends HasMetadata> kind) {
        return new ArrayList<>(all(kind).stream().map(o -> o.getMetadata().getName()).toList());
    }
}
