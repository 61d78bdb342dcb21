package io.jvplatform.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are in a checkout. Surefire passes the root as {@code jv.root}; the local run
 * starts in the root (or in {@code platform/devstack/}), so both find the built service jars.
 */
public final class RepositoryLayout {

    private RepositoryLayout() {
    }

    public static Path root() {
        String configured = System.getProperty("jv.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("platform/devstack")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the jv-platform checkout from " + Path.of("").toAbsolutePath());
    }

    /** The runnable jar that {@code quarkus:build} leaves in a module's target folder. */
    public static Path serviceJar(String module) {
        Path jar = root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the module first (./mvnw install -DskipTests)");
        }
        return jar;
    }
}
