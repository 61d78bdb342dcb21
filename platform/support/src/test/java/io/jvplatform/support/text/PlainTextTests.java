package io.jvplatform.support.text;

import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"Aker", "Stargate Norway — Narvik", "Ærø Øst", "数据中心", "emoji \uD83D\uDE80 ok", ""})
    void anyUnicodeTextWithoutControlCharactersIsPlainText(String text) {
        assertThat(PlainText.problem(text, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A\u0000B", "A\u0001B", "A\u001BB", "A\u007FB", "A\u0085B", "A\u009FB", "A\nB", "A\rB", "A\tB"})
    void controlCharactersAndLineBreaksAreRefusedInOneLineText(String text) {
        assertThat(PlainText.problem(text, false)).hasValueSatisfying(problem -> assertThat(problem).contains("control characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "a\r\nb", "col\tcol"})
    void lineBreaksAndTabsAreAllowedInMultiLineText(String text) {
        assertThat(PlainText.problem(text, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A\u0000B", "A\u0007B", "A\u001BB"})
    void otherControlCharactersAreRefusedInMultiLineTextToo(String text) {
        assertThat(PlainText.problem(text, true)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A\uD800B", "A\uDC00B", "\uD83D", "end\uD800", "\uDE80start"})
    void unpairedSurrogatesAreRefused(String text) {
        assertThat(PlainText.problem(text, true)).hasValueSatisfying(problem -> assertThat(problem).contains("surrogate"));
    }

    @Test
    void checkNamesTheFieldAndWhere() {
        assertThatThrownBy(() -> PlainText.check("input.name", "Ak\u0000er", false))
                .isInstanceOf(ValidationException.class)
                .hasMessage("input.name must not contain control characters (U+0000 at character 3)")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("input.name");
    }
}
