package io.jvplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * The class-data archive a service's JVM starts from, recorded by the service's own first run.
 *
 * <p>The archive Quarkus can write at build time ({@code quarkus.package.jar.appcds}, which this build
 * used to ask for) holds what Quarkus loads up to static init: a running partners-service had loaded
 * 14,792 classes, 7,843 of them not in it (2,074 of those Hibernate's). So the first start of a build records every class the service loads until it
 * stops and writes them at exit ({@code -XX:ArchiveClassesAtExit}); each later start maps them
 * ({@code -XX:SharedArchiveFile}) instead of reading, parsing and verifying them again. Ready after, with
 * the build's archive before: gateway 1.8-1.9 s (2.0-2.2), partners-service 2.8 s (3.1), ventures-service
 * 3.0-3.1 s (3.3-3.5). The recording start itself has no archive (a JVM records on top of the JDK's own
 * only), so it is the slow one, and the first stop takes a few seconds more for the writing.
 *
 * <p>The recording JVM writes to a file of its own, which becomes the archive only once that JVM has
 * exited by itself: a JVM killed while writing leaves no half archive for the next start. The archive is
 * named by the JDK's version, as the JVM maps only an archive its own version wrote, and it is recorded
 * again once anything in the application folder is newer than it (a rebuild).
 */
final class ClassDataArchive {

    private final Path application;
    private final Path archive;
    private Path recording;

    ClassDataArchive(Path jar) {
        this.application = jar.getParent();
        this.archive = application.resolve("run-" + Runtime.version() + ".jsa");
    }

    /** The options for the next start: map the archive, or record one at exit if it is missing or stale. */
    List<String> jvmOptions(int port) {
        if (current()) {
            return List.of("-XX:SharedArchiveFile=" + archive);
        }
        recording = application.resolve(archive.getFileName() + "." + port + ".recording");
        delete(recording);
        // at exit the JVM warns once for each class it cannot archive (thousands of lines in the log)
        return List.of("-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds=off");
    }

    boolean recording() {
        return recording != null;
    }

    /** After the JVM has gone: a complete recording ({@code cleanly}, by its own exit) becomes the archive. */
    void exited(boolean cleanly) {
        if (recording == null) {
            return;
        }
        try {
            if (cleanly && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                delete(recording);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the class-data archive " + recording, e);
        } finally {
            recording = null;
        }
    }

    private boolean current() {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        FileTime recorded = modified(archive);
        try (Stream<Path> files = Files.walk(application)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().endsWith(".jsa"))
                    .filter(file -> !file.getFileName().toString().endsWith(".recording"))
                    .noneMatch(file -> modified(file).compareTo(recorded) > 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
