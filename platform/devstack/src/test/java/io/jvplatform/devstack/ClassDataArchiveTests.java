package io.jvplatform.devstack;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a recording becomes the archive, and when an archive is still the one to map: without a JVM,
 * the recording written by hand where the JVM would write it.
 */
class ClassDataArchiveTests {

    private static final int PORT = 8081;

    @TempDir
    Path application;
    private Path jar;
    private Path archive;
    private Path recording;

    @BeforeEach
    void anApplication() throws IOException {
        jar = Files.writeString(application.resolve("quarkus-run.jar"), "a jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-01T00:00:00Z")));
        archive = application.resolve("run-" + Runtime.version() + ".jsa");
        recording = application.resolve(archive.getFileName() + "." + PORT + ".recording");
    }

    @ParameterizedTest(name = "exited by itself {0}, {1} bytes written: kept {2}")
    @CsvSource({
            "true, 100, true",
            "true, 0, false",
            "false, 100, false",
            "false, 0, false",
    })
    void onlyAWholeRecordingOfAJvmThatExitedByItselfBecomesTheArchive(boolean cleanly, int bytes, boolean kept) throws IOException {
        ClassDataArchive classes = new ClassDataArchive(jar);
        assertThat(classes.jvmOptions(PORT)).contains("-XX:ArchiveClassesAtExit=" + recording);
        Files.write(recording, new byte[bytes]);

        classes.exited(cleanly);

        assertThat(Files.exists(archive)).isEqualTo(kept);
        assertThat(recording).doesNotExist();
        assertThat(classes.recording()).isFalse();
    }

    @Test
    void aKeptArchiveIsMappedUntilSomethingInTheApplicationIsNewer() throws IOException {
        ClassDataArchive first = new ClassDataArchive(jar);
        first.jvmOptions(PORT);
        Files.write(recording, new byte[100]);
        first.exited(true);

        assertThat(new ClassDataArchive(jar).jvmOptions(PORT)).containsExactly("-XX:SharedArchiveFile=" + archive);

        Path library = Files.writeString(application.resolve("lib-rebuilt.jar"), "newer");
        Files.setLastModifiedTime(library, FileTime.from(Files.getLastModifiedTime(archive).toInstant().plusSeconds(1)));

        assertThat(new ClassDataArchive(jar).jvmOptions(PORT)).contains("-XX:ArchiveClassesAtExit=" + recording);
    }

    @Test
    void aLeftoverRecordingIsThrownAwayBeforeTheNextOne() throws IOException {
        Files.writeString(recording, "half of an archive from a JVM that was killed");

        new ClassDataArchive(jar).jvmOptions(PORT);

        assertThat(recording).doesNotExist();
    }
}
