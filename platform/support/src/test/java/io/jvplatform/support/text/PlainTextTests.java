package io.jvplatform.support.text;

import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "'\u0000abc'  | must not contain control characters (U+0000 at character 1)",
            "'ab\u001Bc'  | must not contain control characters (U+001B at character 3)",
            "'abc\u007F'  | must not contain control characters (U+007F at character 4)",
            "'\uD800abc'  | must not contain an unpaired UTF-16 surrogate (at character 1)",
            "'ab\uDC00'   | must not contain an unpaired UTF-16 surrogate (at character 3)"})
    void theProblemSaysWhatAndAtWhichCharacterCountingFromOne(String text, String problem) {
        assertThat(PlainText.problem(text, false)).contains(problem);
    }

    @Test
    void inMultiLineTextTheProblemSaysWhatIsAllowed() {
        assertThat(PlainText.problem("a\u0007", true))
                .contains("must not contain control characters other than line breaks and tabs (U+0007 at character 2)");
    }

    @Test
    void aSurrogatePairCountsAsTwoCharactersForThePositionsAfterIt() {
        assertThat(PlainText.problem("\uD83D\uDE80\u0000", false)).hasValueSatisfying(problem -> assertThat(problem).contains("at character 3"));
    }

    @Test
    void nullIsNoProblemAndCheckingItRefusesNothing() {
        assertThat(PlainText.problem(null, false)).isEmpty();
        PlainText.check("input.legalName", null, false);
        PlainText.check("input.legalName", "Aker ASA", false);
    }

    @Test
    void checkingMultiLineTextAcceptsItsLineBreaks() {
        PlainText.check("input.description", "Narvik\r\nphase one\tand two", true);
        assertThatThrownBy(() -> PlainText.check("input.name", "Narvik\nphase one", false))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("input.name");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0020, 0x007E, 0x00A0, 0x00AD, 0x200B, 0x200D, 0x202E, 0x2028, 0xFEFF, 0xFFFD})
    void theFirstCharactersPastEachControlRangeAndFormatCharactersArePlainText(int codePoint) {
        // the rule is control characters (Cc) only: format characters such as a zero-width joiner stay allowed
        assertThat(PlainText.problem("a" + (char) codePoint + "b", false)).isEmpty();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0001, 0x001F, 0x007F, 0x0080, 0x009F})
    void theEdgesOfBothControlRangesAreRefused(int codePoint) {
        assertThat(PlainText.problem("a" + (char) codePoint, false))
                .contains(String.format("must not contain control characters (U+%04X at character 2)", codePoint));
    }

    @Test
    void onlyTheFirstProblemIsReported() {
        assertThat(PlainText.problem("ok\u0001then\uD800", false)).contains("must not contain control characters (U+0001 at character 3)");
        assertThat(PlainText.problem("ok\uD800then\u0001", false)).contains("must not contain an unpaired UTF-16 surrogate (at character 3)");
    }

    @Test
    void aSurrogateRefusalReadsTheSameInMultiLineText() {
        assertThat(PlainText.problem("line\n\uDC00", true)).contains("must not contain an unpaired UTF-16 surrogate (at character 6)");
    }

    @Test
    void twoHighSurrogatesInARowAreRefusedAtTheFirst() {
        assertThat(PlainText.problem("\uD83D\uD83D\uDE80", false)).contains("must not contain an unpaired UTF-16 surrogate (at character 1)");
    }

    @Test
    void checkingMultiLineTextNamesWhatIsAllowed() {
        assertThatThrownBy(() -> PlainText.check("input.description", "a\u0000", true))
                .isInstanceOf(ValidationException.class)
                .hasMessage("input.description must not contain control characters other than line breaks and tabs (U+0000 at character 2)");
    }
}
