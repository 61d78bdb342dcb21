package io.jvplatform.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The images the chart runs: built per module from the Quarkus JVM Dockerfile, as user 185 on 8080. */
class ContainerImageTests {

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "ventures-service", "partners-service"})
    void eachServiceHasAQuarkusJvmDockerfile(String module) {
        Path dockerfile = JvPlatformChart.REPOSITORY.resolve(module).resolve("src/main/docker/Dockerfile.jvm");
        String text = JvPlatformChart.read(dockerfile);

        assertThat(text.lines().filter(line -> line.startsWith("FROM "))).singleElement().asString()
                .startsWith("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:");
        assertThat(text)
                .contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/")
                .contains("COPY --chown=185 target/quarkus-app/*.jar /deployments/")
                .contains("COPY --chown=185 target/quarkus-app/app/ /deployments/app/")
                .contains("COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/")
                .contains("\nUSER 185\n")
                .contains("\nEXPOSE 8080\n")
                .contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"")
                .contains("docker build -f " + module + "/src/main/docker/Dockerfile.jvm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "ventures-service", "partners-service"})
    void theChartRunsTheImageOfEachModuleAsItsUser(String module) {
        RenderedChart chart = Installation.DEFAULT.render();

        assertThat(chart.container(module).getImage()).startsWith("jv-platform/" + module + ":");
        assertThat(chart.container(module).getSecurityContext().getRunAsUser()).isEqualTo(185L);
    }
}
