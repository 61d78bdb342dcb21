package io.jvplatform.devstack;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Options are asked of the JDK itself: one it knows is accepted, one it does not know is not. */
class JvmCapabilitiesTests {

    @ParameterizedTest
    @CsvSource({
            "-XX:+UseSerialGC, true",
            "-Xmx96m, true",
            "-XX:NoSuchOptionAnywhere=1, false",
            "-XX:TrimNativeHeapInterval=not-a-number, false",
    })
    void anOptionIsAcceptedExactlyWhenTheJvmStartsWithIt(String option, boolean accepted) {
        assertThat(JvmCapabilities.accepts(option)).isEqualTo(accepted);
    }
}
