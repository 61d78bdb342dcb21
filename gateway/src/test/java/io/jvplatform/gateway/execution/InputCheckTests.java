package io.jvplatform.gateway.execution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputCheckTests {

    @ParameterizedTest
    @ValueSource(strings = {"Stargate Norway", "Narvik\nline two", "tab\tseparated", "Æøå — 50 %", "emoji \uD83D\uDE80"})
    void textIsText(String text) {
        assertThat(InputCheck.problem(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"'a\u0000b', control", "'bell\u0007', control", "'del\u007F', control", "'esc\u001b[31m', control",
            "'lone \uD800', surrogate", "'lone \uDC00 low', surrogate", "'\uDE80\uD83D', surrogate"})
    void controlCharactersAndHalvesOfSurrogatePairsAreNot(String text, String problem) {
        assertThat(InputCheck.problem(text)).contains(problem);
    }
}
