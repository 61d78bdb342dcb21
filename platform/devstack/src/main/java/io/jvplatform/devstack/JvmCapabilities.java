package io.jvplatform.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * What the JDK the services run on can do, asked of it once: a JVM given an option it does not know
 * refuses to start, and which update of a JDK line brought an option is not something to guess.
 */
final class JvmCapabilities {

    /** Whether {@link ServiceProcess#TRIM_NATIVE_HEAP} is known (JDK 17.0.9, 21.0.1 and later). */
    static final boolean TRIMS_NATIVE_HEAP = accepts(ServiceProcess.TRIM_NATIVE_HEAP);

    private JvmCapabilities() {
    }

    static boolean accepts(String option) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            Process probe = new ProcessBuilder(java.toString(), option, "-version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!probe.waitFor(30, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return false;
            }
            return probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
