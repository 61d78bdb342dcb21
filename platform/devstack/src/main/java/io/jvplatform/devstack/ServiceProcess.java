package io.jvplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of our built services running in its own JVM, as in production: cross-service tests and
 * the local run talk to it over HTTP. It can be stopped and started again on the same port,
 * which is how tests take a peer down and bring it back.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final String module;
    private final int port;
    private final Map<String, String> config;
    private final Path log;
    private Process process;
    private ClassDataArchive archive;

    private ServiceProcess(String module, int port, Map<String, String> config) {
        this.module = module;
        this.port = port;
        this.config = new LinkedHashMap<>(config);
        this.log = RepositoryLayout.root().resolve(module).resolve("target/" + module + "-" + port + ".log");
    }

    /**
     * The footprint of each service on a 2-core box: a fixed 96 MiB heap of which 64 MiB young
     * generation, the serial collector (a parallel one buys nothing on 2 cores and reserves far more
     * memory), bounded metaspace and code cache. Live data after a full collection is 11-20 MiB, but
     * each dashboard in flight holds an ~80 KB answer and its trees: with -Xms32m the JVM kept the heap
     * near its floor (12 MiB of eden), every young collection promoted in-flight answers, and at
     * concurrency 10 the gateway and ventures-service each spent 5 s of every 15 s in full
     * collections (54 of them). Fixed and with a young generation that holds the work in flight, the
     * platform went from 85 to 141 dashboards/s at concurrency 10 (gateway/bench/README.md).
     */
    static final List<String> JVM_OPTIONS = List.of("-Xmx96m", "-Xms96m", "-Xmn64m", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    /**
     * Memory the JVM frees in C (compiler arenas, a burst of connections) goes back to the system: glibc
     * keeps it otherwise, and after a load run ventures-service's RSS was 345 MB where the JVM accounted
     * for 287 MB. Trimming every 5 s and two malloc arenas instead of one per thread took it to 279 MB
     * after the same run. The option is new in JDK 17.0.9 and 21.0.1, so it is passed only to a JVM that
     * knows it.
     */
    static final String TRIM_NATIVE_HEAP = "-XX:TrimNativeHeapInterval=5000";
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    /**
     * Starts {@code module}'s jar on {@code port} with the given Quarkus configuration
     * (passed as system properties) and waits until {@code /q/health/ready} answers 200.
     */
    public static ServiceProcess start(String module, int port, Map<String, String> config) {
        ServiceProcess service = new ServiceProcess(module, port, config);
        service.start();
        return service;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        if (JvmCapabilities.TRIMS_NATIVE_HEAP) {
            command.add(TRIM_NATIVE_HEAP);
        }
        Path jar = RepositoryLayout.serviceJar(module);
        archive = new ClassDataArchive(jar);
        command.addAll(archive.jvmOptions(port));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        // From the jar's directory and by its relative name: a class-data archive records the class path it
        // was made with (quarkus-run.jar:lib/boot/...), and the JVM ignores it for any other spelling of it
        // ("shared class paths mismatch"), so an absolute -jar path silently started without it.
        command.add("-jar");
        command.add(jar.getFileName().toString());
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(ENVIRONMENT);
            process = builder
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + module, e);
        }
        awaitReady();
    }

    /** Stops the JVM (and waits for it), leaving the port free for a later {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        boolean exited = false;
        try {
            // a JVM recording its class-data archive writes it on the way out: 7 s for ventures-service
            exited = process.waitFor(archive.recording() ? 90 : 20, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        archive.exited(exited);
        process = null;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String module() {
        return module;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + module, e);
            }
            sleep(Duration.ofMillis(250));
        }
        stop();
        throw new IllegalStateException(module + " was not ready within " + READY_TIMEOUT + "; see " + log);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
