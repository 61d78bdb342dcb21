package io.jvplatform.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the tests and the local run find the checkout and the built service jars. */
class RepositoryLayoutTests {

    private String configured;

    @BeforeEach
    void remember() {
        configured = System.getProperty("jv.root");
    }

    @AfterEach
    void restore() {
        if (configured == null) {
            System.clearProperty("jv.root");
        } else {
            System.setProperty("jv.root", configured);
        }
    }

    @Test
    void theRootSurefirePassesIsTheCheckoutWithTheDevstackModule() {
        Path root = RepositoryLayout.root();

        assertThat(root).isAbsolute().isEqualTo(root.normalize());
        assertThat(root.resolve("pom.xml")).isRegularFile();
        assertThat(root.resolve("platform/devstack/pom.xml")).isRegularFile();
    }

    @Test
    void aConfiguredRootIsTakenAsItIsMadeAbsoluteAndNormal(@TempDir Path somewhere) {
        System.setProperty("jv.root", somewhere.resolve("a/../b").toString());

        assertThat(RepositoryLayout.root()).isEqualTo(somewhere.resolve("b").toAbsolutePath().normalize());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void withoutAConfiguredRootTheCheckoutIsFoundFromTheWorkingDirectoryUp(String blank) {
        Path expected = RepositoryLayout.root();
        System.setProperty("jv.root", blank);

        // surefire runs in platform/devstack: the walk goes up to the folder with pom.xml and platform/devstack
        assertThat(RepositoryLayout.root()).isEqualTo(expected);
    }

    @Test
    void theServiceJarIsTheQuarkusRunJarInTheModulesTargetFolder(@TempDir Path root) throws Exception {
        Path jar = root.resolve("ventures-service/target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        System.setProperty("jv.root", root.toString());

        assertThat(RepositoryLayout.serviceJar("ventures-service")).isEqualTo(jar.toAbsolutePath());
    }

    @Test
    void aMissingServiceJarSaysWhatToBuild(@TempDir Path root) {
        System.setProperty("jv.root", root.toString());

        assertThatThrownBy(() -> RepositoryLayout.serviceJar("partners-service"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(root.toAbsolutePath().normalize().resolve("partners-service/target/quarkus-app/quarkus-run.jar")
                        + " is missing: build the module first (./mvnw install -DskipTests)");
    }

    @Test
    void aFolderInPlaceOfTheJarIsNoJar(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("gateway/target/quarkus-app/quarkus-run.jar"));
        System.setProperty("jv.root", root.toString());

        assertThatThrownBy(() -> RepositoryLayout.serviceJar("gateway")).isInstanceOf(IllegalStateException.class);
    }
}
