package io.jvplatform.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak without Docker: the server distribution that the devstack build unpacks into
 * {@code platform/devstack/target/keycloak}, run with {@code kc.sh start-dev} on 127.0.0.1, importing
 * realm files at start-up.
 * <p>
 * Each server gets its own directory {@code target/keycloak/instances/<port>} that links to the
 * shared distribution but has its own {@code data/} (import folder, temporary files), and keeps
 * its database in memory ({@code --db=dev-mem}). So a test run and the local run can use
 * Keycloak at the same time, and every start imports the realm files afresh: the realm is code,
 * never state left over from an earlier run. Users created by hand are gone after a restart.
 */
public final class KeycloakServer implements AutoCloseable {

    /** Keep in line with {@code keycloak.version} in the root pom (the unpacked folder's name). */
    public static final String VERSION = "26.5.6";
    /** DEV ONLY: the bootstrap admin of the master realm (admin console at {@link #baseUrl()}/admin). */
    public static final String BOOTSTRAP_ADMIN = "admin";
    public static final String BOOTSTRAP_ADMIN_PASSWORD = "admin";

    // start-dev builds (augments) the server on its first start, ~1 min on 2 cores; later starts take ~20 s.
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    // Shared machines have 2 cores: a small heap, and C1-only JIT so start-up does not burn both cores compiling.
    private static final String HEAP = "-Xms64m -Xmx512m";
    private static final String JVM_APPEND = "-XX:TieredStopAtLevel=1";
    private static final List<String> LINKED_FOLDERS = List.of("lib", "themes", "providers", "conf");

    private final int port;
    private final int managementPort;
    private final Path instance;
    private final Path log;
    private final List<String> realms;
    private final Thread shutdownHook = new Thread(this::stop, "keycloak-stop");
    private Process process;
    private Duration startTime;

    private KeycloakServer(int port, List<String> realms) {
        this.port = port;
        this.managementPort = FreePort.find();
        this.realms = List.copyOf(realms);
        Path target = RepositoryLayout.root().resolve("platform/devstack/target/keycloak");
        this.instance = target.resolve("instances").resolve(Integer.toString(port));
        this.log = target.resolve("keycloak-" + port + ".log");
    }

    /** The unpacked distribution; {@code ./mvnw -pl platform/devstack install} puts it there. */
    public static Path home() {
        Path home = RepositoryLayout.root().resolve("platform/devstack/target/keycloak/keycloak-" + VERSION);
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(home + " is missing: build platform/devstack first (./mvnw -pl platform/devstack install)");
        }
        return home;
    }

    /**
     * Starts Keycloak on 127.0.0.1:{@code port}, imports {@code realmFiles} and waits until it is
     * ready and every imported realm publishes its OpenID configuration.
     */
    public static KeycloakServer start(int port, List<Path> realmFiles) {
        KeycloakServer server = new KeycloakServer(port, realmNames(realmFiles));
        server.launch(realmFiles);
        return server;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer of the realm's tokens, and what {@code quarkus.oidc.auth-server-url} points at. */
    public String realmUrl(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** How long the last start took until the realms answered. */
    public Duration startTime() {
        return startTime;
    }

    /**
     * Stops Keycloak and everything it started (kc.sh runs the JVM as its child), waits for them
     * and removes the instance folder. The log stays.
     */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        process = null;
        try {
            deleteRecursively(instance);
        } catch (IOException e) {
            // only disk space is lost; the next start on this port clears it again
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // this is the hook running
        }
    }

    @Override
    public void close() {
        stop();
    }

    private synchronized void launch(List<Path> realmFiles) {
        prepareInstance(realmFiles);
        List<String> command = List.of(
                instance.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                // health is served on the management interface; a free port keeps parallel servers apart
                "--health-enabled=true",
                "--http-management-port=" + managementPort,
                "--db=dev-mem",
                "--import-realm");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", HEAP);
        env.put("JAVA_OPTS_APPEND", JVM_APPEND);
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_ADMIN_PASSWORD);
        Instant started = Instant.now();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Keycloak", e);
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        awaitReady();
        startTime = Duration.between(started, Instant.now());
    }

    /**
     * Lays out {@code instances/<port>}: its own {@code bin/kc.sh} (kc.sh takes its home from its
     * own location), links to the distribution's other folders, a fresh {@code data/import}.
     */
    private void prepareInstance(List<Path> realmFiles) {
        Path home = home();
        try {
            deleteRecursively(instance);
            Files.createDirectories(instance.resolve("bin"));
            Files.copy(home.resolve("bin/kc.sh"), instance.resolve("bin/kc.sh"), StandardCopyOption.COPY_ATTRIBUTES);
            for (String folder : LINKED_FOLDERS) {
                Files.createSymbolicLink(instance.resolve(folder), home.resolve(folder));
            }
            Path imports = Files.createDirectories(instance.resolve("data/import"));
            for (Path realmFile : realmFiles) {
                Files.copy(realmFile, imports.resolve(realmFile.getFileName()));
            }
            Files.createDirectories(log.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + instance, e);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<URI> checks = new ArrayList<>();
        checks.add(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"));
        realms.forEach(realm -> checks.add(URI.create(realmUrl(realm) + "/.well-known/openid-configuration")));
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        for (URI check : checks) {
            while (!answers(client, check)) {
                if (!process.isAlive()) {
                    int exit = process.exitValue();
                    stop();
                    throw new IllegalStateException("Keycloak exited with " + exit + "; see " + log);
                }
                if (Instant.now().isAfter(deadline)) {
                    stop();
                    throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT + "; see " + log);
                }
                sleep(Duration.ofMillis(500));
            }
        }
    }

    private static boolean answers(HttpClient client, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    private static List<String> realmNames(List<Path> realmFiles) {
        ObjectMapper json = new ObjectMapper();
        List<String> names = new ArrayList<>();
        for (Path file : realmFiles) {
            try {
                names.add(json.readTree(file.toFile()).path("realm").asText());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read realm file " + file, e);
            }
        }
        return names;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // walk does not follow the links into the shared distribution; deleting a link leaves its target alone
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
