package io.jvplatform.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a Keycloak is laid out, launched and cleaned up, with a stand-in distribution whose
 * {@code bin/kc.sh} runs {@link StandInKeycloak}: the instance folder of its own, the command line
 * and environment, the readiness checks, and a stop that leaves only the log.
 */
class KeycloakServerTests {

    @TempDir
    Path root;
    private String configuredRoot;
    private Path checkout;
    private Path home;
    private Path jvRealm;
    private Path otherRealm;

    @BeforeEach
    void standInDistribution() throws Exception {
        configuredRoot = System.getProperty("jv.root");
        checkout = RepositoryLayout.root();
        System.setProperty("jv.root", root.toString());
        home = root.resolve("platform/devstack/target/keycloak/keycloak-" + KeycloakServer.VERSION);
        for (String folder : List.of("bin", "lib", "themes", "providers", "conf")) {
            Files.createDirectories(home.resolve(folder));
        }
        Files.writeString(home.resolve("lib/marker"), "shared");
        Path classes = Path.of(StandInKeycloak.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        kcSh("exec \"$JAVA_HOME/bin/java\" -cp '" + classes + "' " + StandInKeycloak.class.getName() + " \"$(dirname \"$0\")/..\" \"$@\"");
        jvRealm = Files.writeString(root.resolve("jv-realm.json"), "{\"realm\": \"jv\", \"users\": []}");
        otherRealm = Files.writeString(root.resolve("other-realm.json"), "{\"realm\": \"other\"}");
    }

    @AfterEach
    void restoreRoot() {
        if (configuredRoot == null) {
            System.clearProperty("jv.root");
        } else {
            System.setProperty("jv.root", configuredRoot);
        }
    }

    @Test
    void aStartedKeycloakPublishesEveryImportedRealmOnLoopback() throws Exception {
        int port = FreePort.find();
        try (KeycloakServer keycloak = KeycloakServer.start(port, List.of(jvRealm, otherRealm))) {
            assertThat(keycloak.port()).isEqualTo(port);
            assertThat(keycloak.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(keycloak.realmUrl("jv")).isEqualTo("http://127.0.0.1:" + port + "/realms/jv");
            assertThat(status(keycloak.realmUrl("jv") + "/.well-known/openid-configuration")).isEqualTo(200);
            assertThat(status(keycloak.realmUrl("other") + "/.well-known/openid-configuration")).isEqualTo(200);
            assertThat(keycloak.startTime()).isPositive();
            assertThat(line(keycloak, "realms ")).isEqualTo("jv other");
        }
    }

    @Test
    void itRunsInDevModeOnLoopbackWithHealthOnAManagementPortOfItsOwnAndAnInMemoryDatabase() throws Exception {
        int port = FreePort.find();
        try (KeycloakServer keycloak = KeycloakServer.start(port, List.of(jvRealm))) {
            String args = line(keycloak, "args ");
            assertThat(args).startsWith("start-dev --http-host=127.0.0.1 --http-port=" + port + " --health-enabled=true --http-management-port=")
                    .endsWith(" --db=dev-mem --import-realm");
            Matcher management = Pattern.compile("--http-management-port=(\\d+)").matcher(args);
            assertThat(management.find()).isTrue();
            assertThat(Integer.parseInt(management.group(1))).isNotEqualTo(port);
        }
    }

    @Test
    void itRunsOnThisJdkWithASmallHeapC1OnlyAndTheDevBootstrapAdmin() throws Exception {
        try (KeycloakServer keycloak = KeycloakServer.start(FreePort.find(), List.of(jvRealm))) {
            assertThat(log(keycloak)).contains(
                    "env JAVA_HOME=" + System.getProperty("java.home"),
                    "env JAVA_OPTS_KC_HEAP=-Xms64m -Xmx512m",
                    "env JAVA_OPTS_APPEND=-XX:TieredStopAtLevel=1",
                    "env KC_BOOTSTRAP_ADMIN_USERNAME=" + KeycloakServer.BOOTSTRAP_ADMIN,
                    "env KC_BOOTSTRAP_ADMIN_PASSWORD=" + KeycloakServer.BOOTSTRAP_ADMIN_PASSWORD);
        }
    }

    @Test
    void eachServerHasAnInstanceFolderLinkedToTheSharedDistribution() throws Exception {
        int port = FreePort.find();
        Path instance = instance(port);
        try (KeycloakServer keycloak = KeycloakServer.start(port, List.of(jvRealm, otherRealm))) {
            assertThat(instance.resolve("bin/kc.sh")).isRegularFile().isExecutable();
            assertThat(Files.isSymbolicLink(instance.resolve("bin/kc.sh"))).as("a copy: kc.sh finds its home from where it is").isFalse();
            for (String folder : List.of("lib", "themes", "providers", "conf")) {
                assertThat(Files.isSymbolicLink(instance.resolve(folder))).as(folder).isTrue();
                assertThat(Files.readSymbolicLink(instance.resolve(folder))).isEqualTo(home.resolve(folder));
            }
            assertThat(instance.resolve("data/import/jv-realm.json")).hasSameTextualContentAs(jvRealm);
            assertThat(instance.resolve("data/import/other-realm.json")).hasSameTextualContentAs(otherRealm);
        }
    }

    @Test
    void stoppingRemovesTheInstanceButNotTheDistributionAndKeepsTheLog() throws Exception {
        int port = FreePort.find();
        KeycloakServer keycloak = KeycloakServer.start(port, List.of(jvRealm));

        keycloak.stop();

        assertThat(instance(port)).doesNotExist();
        assertThat(home.resolve("lib/marker")).hasContent("shared");
        assertThat(keycloak.log()).isEqualTo(root.toAbsolutePath().normalize()
                .resolve("platform/devstack/target/keycloak/keycloak-" + port + ".log"));
        assertThat(Files.readString(keycloak.log())).contains("realms jv");
        assertThat(listening(port)).isFalse();
        keycloak.stop();
        keycloak.close();
    }

    @Test
    void everyStartBeginsFromAFreshInstanceSoNoStateOfAnEarlierRunRemains() throws Exception {
        int port = FreePort.find();
        Path stale = instance(port).resolve("data/h2/keycloakdb.mv.db");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "users created by hand");

        try (KeycloakServer keycloak = KeycloakServer.start(port, List.of(jvRealm))) {
            assertThat(stale).doesNotExist();
            assertThat(instance(port).resolve("data/import")).isDirectory();
        }
    }

    @Test
    void aKeycloakThatExitsFailsTheStartPointingAtItsLogAndLeavesNoInstance() throws Exception {
        kcSh("echo 'bad config'; exit 7");
        int port = FreePort.find();

        assertThatThrownBy(() -> KeycloakServer.start(port, List.of(jvRealm)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Keycloak exited with 7; see " + root.toAbsolutePath().normalize()
                        .resolve("platform/devstack/target/keycloak/keycloak-" + port + ".log"));
        assertThat(instance(port)).doesNotExist();
    }

    @Test
    void aRealmFileThatIsNotJsonIsNamedBeforeAnythingStarts() throws Exception {
        Path broken = Files.writeString(root.resolve("broken.json"), "{ not json");
        int port = FreePort.find();

        assertThatThrownBy(() -> KeycloakServer.start(port, List.of(jvRealm, broken)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read realm file " + broken);
        assertThat(instance(port)).doesNotExist();
    }

    @Test
    void theDistributionIsWhereTheDevstackBuildUnpacksIt() {
        assertThat(KeycloakServer.home()).isEqualTo(home.toAbsolutePath().normalize());
    }

    @Test
    void aMissingDistributionSaysHowToGetIt() throws Exception {
        Files.delete(home.resolve("bin/kc.sh"));

        assertThatThrownBy(KeycloakServer::home)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(home.toAbsolutePath().normalize() + " is missing: build platform/devstack first (./mvnw -pl platform/devstack install)");
    }

    @Test
    void theVersionIsTheOneTheBuildUnpacks() throws Exception {
        String pom = Files.readString(checkout.resolve("pom.xml"));

        assertThat(pom).contains("<keycloak.version>" + KeycloakServer.VERSION + "</keycloak.version>");
    }

    private void kcSh(String body) throws IOException {
        Path kcSh = home.resolve("bin/kc.sh");
        Files.writeString(kcSh, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(kcSh, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Path instance(int port) {
        return root.toAbsolutePath().normalize().resolve("platform/devstack/target/keycloak/instances/" + port);
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static boolean listening(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static String log(KeycloakServer keycloak) throws IOException {
        return Files.readString(keycloak.log());
    }

    private static String line(KeycloakServer keycloak, String prefix) throws IOException {
        return log(keycloak).lines().filter(line -> line.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + prefix)).substring(prefix.length());
    }
}
