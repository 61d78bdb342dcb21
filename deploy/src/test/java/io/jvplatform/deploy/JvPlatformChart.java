package io.jvplatform.deploy;

import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chart under test, driven through real Helm (helm-java runs Helm's Go code in-process).
 * Values are given as YAML text, the way an operator writes a values file.
 */
final class JvPlatformChart {

    static final Path REPOSITORY = Path.of(System.getProperty("jv.root", "..")).toAbsolutePath().normalize();
    static final Path DIRECTORY = REPOSITORY.resolve("deploy/helm/jv-platform");
    static final Path PRODUCTION_VALUES = REPOSITORY.resolve("deploy/src/test/resources/values-production.yaml");

    static final String RELEASE = "jv";
    static final String NAMESPACE = "jv-platform";

    static final List<String> SERVICES = List.of("gateway", "ventures-service", "partners-service");
    static final List<String> SERVICES_WITH_DATABASE = List.of("ventures-service", "partners-service");

    /** Rendering is deterministic but for generated passwords, so each set of values renders once. */
    private static final Map<List<String>, RenderedChart> RENDERED = new ConcurrentHashMap<>();

    private JvPlatformChart() {
    }

    /** Name of a component's objects in release {@value #RELEASE}. */
    static String name(String component) {
        return RELEASE + "-jv-platform-" + component;
    }

    static LintResult lint() {
        return new Helm(DIRECTORY).lint().strict().call();
    }

    /** Renders with the chart's values.yaml plus the given values files (YAML text), in order. */
    static RenderedChart render(String... values) {
        return RENDERED.computeIfAbsent(List.of(values), key -> RenderedChart.parse(template(values)));
    }

    static RenderedChart renderProduction() {
        return render(read(PRODUCTION_VALUES));
    }

    /** The error Helm reports for values it refuses. */
    static String renderFailure(String values) {
        try {
            template(values);
        } catch (IllegalStateException expected) {
            return expected.getMessage();
        }
        throw new AssertionError("Helm accepted values it should refuse:\n" + values);
    }

    /** NOTES.txt as `helm install` prints it (a client-side dry run, no cluster). */
    static String notes(String... values) {
        InstallCommand install = new Helm(DIRECTORY).install().withName(RELEASE).withNamespace(NAMESPACE)
                .dryRun().withDryRunOption(DryRun.CLIENT).clientOnly();
        for (String file : values) {
            install = install.withValuesFile(valuesFile(file));
        }
        String output = install.call().getOutput();
        return output.substring(output.indexOf("NOTES:"));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String template(String... values) {
        TemplateCommand template = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE);
        for (String file : values) {
            template = template.withValuesFile(valuesFile(file));
        }
        return template.call();
    }

    private static Path valuesFile(String values) {
        try {
            Path file = Files.createTempFile("jv-platform-values-", ".yaml");
            file.toFile().deleteOnExit();
            return Files.writeString(file, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
