package io.jvplatform.devstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a built service is launched and stopped, with a stand-in jar ({@link StandInService}) in a
 * checkout of its own: the JVM's command line, the configuration it gets, its log, and a stop that
 * frees the port for the next start.
 */
class ServiceProcessTests {

    private static final String MODULE = "stand-in-service";

    @TempDir
    Path root;
    private String configuredRoot;
    private Path jar;

    @BeforeEach
    void buildStandIn() throws IOException {
        configuredRoot = System.getProperty("jv.root");
        System.setProperty("jv.root", root.toString());
        jar = root.resolve(MODULE).resolve("target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StandInService.class.getName());
        String entry = StandInService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream classFile = StandInService.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
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
    void aStartedServiceAnswersOnLoopbackAtItsPortOnceReady() throws Exception {
        int port = FreePort.find();
        try (ServiceProcess service = ServiceProcess.start(MODULE, port, Map.of())) {
            assertThat(service.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(service.port()).isEqualTo(port);
            assertThat(service.module()).isEqualTo(MODULE);
            assertThat(ready(service)).isEqualTo(200);
            assertThat(log(service)).contains("host 127.0.0.1", "ready on " + port);
        }
    }

    @Test
    void theServiceRunsWithTheSmallFootprintAndItsConfigurationAsSystemProperties() throws Exception {
        int port = FreePort.find();
        try (ServiceProcess service = ServiceProcess.start(MODULE, port,
                Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5433/ventures", "jv.flag", "a b"))) {
            String jvm = line(service, "jvm ");
            assertThat(jvm).contains(ServiceProcess.JVM_OPTIONS)
                    .contains("-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                            "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5433/ventures", "-Djv.flag=a b");
            assertThat(jvm).doesNotContain("app-cds.jsa");
        }
    }

    @Test
    void theFootprintIsASmallFixedHeapWithRoomForTheWorkInFlightSerialCollectorAndBoundedMetaspace() {
        assertThat(ServiceProcess.JVM_OPTIONS).contains("-Xmx96m", "-Xms96m", "-Xmn64m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m");
    }

    @Test
    void theJarRunsFromItsOwnFolderByItsRelativeNameSoTheClassDataArchiveMatches() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(MODULE, FreePort.find(), Map.of())) {
            assertThat(Path.of(line(service, "dir "))).isEqualTo(jar.getParent().toRealPath());
        }
    }

    @Test
    void theFirstStartRecordsTheClassesItLoadsAndTheNextStartMapsThem() throws Exception {
        Path archive = jar.resolveSibling("run-" + Runtime.version() + ".jsa");
        try (ServiceProcess service = ServiceProcess.start(MODULE, FreePort.find(), Map.of())) {
            assertThat(line(service, "jvm ")).contains("-XX:ArchiveClassesAtExit=" + archive + "." + service.port() + ".recording")
                    .doesNotContain("SharedArchiveFile");
            assertThat(archive).doesNotExist();

            service.stop();
            assertThat(archive).isNotEmptyFile();
            assertThat(jar.getParent()).isDirectoryNotContaining("glob:**.recording");

            service.start();
            assertThat(line(service, "jvm ")).contains("-XX:SharedArchiveFile=" + archive).doesNotContain("ArchiveClassesAtExit");
        }
        assertThat(mapsStrictly(archive)).as("the JVM maps the archive when told to start only with it").isZero();
    }

    @Test
    void aJvmToldToStartOnlyWithAnArchiveRefusesAFileThatIsNotOne() throws Exception {
        Path archive = Files.writeString(jar.resolveSibling("run-" + Runtime.version() + ".jsa"), "not an archive");

        assertThat(mapsStrictly(archive)).isNotZero();
    }

    @Test
    void aRebuiltApplicationRecordsItsArchiveAgain() throws Exception {
        Path archive = jar.resolveSibling("run-" + Runtime.version() + ".jsa");
        try (ServiceProcess service = ServiceProcess.start(MODULE, FreePort.find(), Map.of())) {
            service.stop();
            assertThat(archive).isNotEmptyFile();
            Files.setLastModifiedTime(jar, FileTime.from(Files.getLastModifiedTime(archive).toInstant().plusSeconds(1)));

            service.start();

            assertThat(line(service, "jvm ")).contains("-XX:ArchiveClassesAtExit=").doesNotContain("SharedArchiveFile");
        }
    }

    @Test
    void theJvmIsToldToTrimItsNativeHeapWhenItCanAndGetsTwoMallocArenas() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(MODULE, FreePort.find(), Map.of())) {
            assertThat(line(service, "env MALLOC_ARENA_MAX=")).isEqualTo("2");
            assertThat(line(service, "jvm ").contains(ServiceProcess.TRIM_NATIVE_HEAP)).isEqualTo(JvmCapabilities.TRIMS_NATIVE_HEAP);
        }
    }

    @Test
    void theLogIsNamedByModuleAndPortInTheModulesTargetFolder() throws Exception {
        int port = FreePort.find();
        try (ServiceProcess service = ServiceProcess.start(MODULE, port, Map.of())) {
            assertThat(service.log()).isEqualTo(root.toAbsolutePath().normalize().resolve(MODULE + "/target/" + MODULE + "-" + port + ".log"))
                    .isRegularFile();
        }
    }

    @Test
    void aStoppedServiceFreesItsPortAndStartsAgainOnIt() throws Exception {
        int port = FreePort.find();
        try (ServiceProcess service = ServiceProcess.start(MODULE, port, Map.of())) {
            service.stop();
            assertThat(listening(port)).isFalse();

            service.start();

            assertThat(ready(service)).isEqualTo(200);
            assertThat(log(service).lines().filter(line -> line.startsWith("ready on "))).as("the log is appended to").hasSize(2);
        }
        assertThat(listening(port)).as("closed").isFalse();
    }

    @Test
    void startingARunningServiceStartsNoSecondOne() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(MODULE, FreePort.find(), Map.of())) {
            service.start();

            assertThat(log(service).lines().filter(line -> line.startsWith("ready on "))).hasSize(1);
        }
    }

    @Test
    void stoppingAServiceThatIsNotRunningDoesNothing() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(MODULE, FreePort.find(), Map.of())) {
            service.stop();
            service.stop();
            assertThat(listening(service.port())).isFalse();
        }
    }

    @Test
    void aServiceThatExitsBeforeItIsReadyFailsTheStartPointingAtItsLog() {
        int port = FreePort.find();

        assertThatThrownBy(() -> ServiceProcess.start(MODULE, port, Map.of("stand-in.exit", "3")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(MODULE + " exited with 3; see " + root.toAbsolutePath().normalize()
                        .resolve(MODULE + "/target/" + MODULE + "-" + port + ".log"));
    }

    @Test
    void aModuleThatWasNotBuiltCannotStart() {
        assertThatThrownBy(() -> ServiceProcess.start("gateway", FreePort.find(), Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway/target/quarkus-app/quarkus-run.jar is missing");
    }

    /** The stand-in started with {@code -Xshare:on}, which makes a JVM that cannot map the archive refuse to start. */
    private int mapsStrictly(Path archive) throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Dstand-in.exit=0", "-jar", jar.getFileName().toString())
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return java.waitFor();
    }

    private static int ready(ServiceProcess service) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean listening(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static String log(ServiceProcess service) throws IOException {
        return Files.readString(service.log());
    }

    private static String line(ServiceProcess service, String prefix) throws IOException {
        List<String> lines = log(service).lines().filter(line -> line.startsWith(prefix)).toList();
        assertThat(lines).as(prefix).isNotEmpty();
        return lines.get(lines.size() - 1).substring(prefix.length());
    }
}
