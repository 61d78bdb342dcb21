package io.jvplatform.ventures.domain;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Free text (trimmed, bounded, only storable characters) and cited sources. */
class TextAndSourcesTests {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource({"'  Stargate Norway ', Stargate Norway", "'Narvik', Narvik", "'数据中心', 数据中心", "'\u2003Aker\u2003', Aker"})
    void requiredTextIsTrimmed(String value, String trimmed) {
        assertThat(Text.required(value, "input.name", 200)).isEqualTo(trimmed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t", "\n\n"})
    void blankRequiredTextIsRefused(String value) {
        assertThatThrownBy(() -> Text.required(value, "input.name", 200))
                .isInstanceOf(ValidationException.class)
                .hasMessage("input.name must not be blank");
    }

    @Test
    void missingRequiredTextIsBlank() {
        assertThatThrownBy(() -> Text.required(null, "input.name", 200)).hasMessage("input.name must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\t"})
    void blankOptionalTextIsAbsent(String value) {
        assertThat(Text.optional(value, "input.legalName", 200)).isNull();
        assertThat(Text.optional(null, "input.legalName", 200)).isNull();
    }

    @Test
    void theLimitCountsCharactersAfterTrimming() {
        assertThat(Text.required("  " + "a".repeat(200) + "  ", "input.name", 200)).hasSize(200);
        assertThatThrownBy(() -> Text.required("a".repeat(201), "input.name", 200))
                .hasMessage("input.name must be at most 200 characters");
        assertThatThrownBy(() -> Text.optional("a".repeat(101), "input.program", 100))
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.program");
    }

    @ParameterizedTest(name = "U+{1} is refused in one-line text")
    @CsvSource({"'a\u0000b', 0000", "'a\nb', 000A", "'a\tb', 0009", "'a\u001bb', 001B", "'a\u007fb', 007F", "'a\u0085b', 0085"})
    void controlCharactersAreRefusedInOneLineText(String value, String code) {
        assertThatThrownBy(() -> Text.required(value, "input.name", 200))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("U+" + code)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "a\r\nb", "col\tcol"})
    void lineBreaksAndTabsAreAllowedInMultiLineText(String value) {
        assertThat(Text.optional(value, "input.description", 5000, true)).isEqualTo(value);
    }

    @Test
    void aNulIsRefusedInMultiLineTextToo() {
        assertThatThrownBy(() -> Text.optional("a\u0000b", "input.description", 5000, true))
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.description");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\uD800b", "a\uDC00", "\uDE80\uD83D"})
    void halvesOfSurrogatePairsAreRefused(String value) {
        assertThatThrownBy(() -> Text.required(value, "input.name", 200)).hasMessageContaining("surrogate");
    }

    @Test
    void aWholeSurrogatePairIsText() {
        assertThat(Text.required("rocket \uD83D\uDE80", "input.name", 200)).isEqualTo("rocket \uD83D\uDE80");
    }

    @Test
    void sourcesAreTrimmedAndKeepTheirDates() {
        List<SourceCitation> checked = SourceCitation.checked(List.of(
                new SourceCitation("  Nscale press release ", " https://www.nscale.com/press ", LocalDate.of(2025, 7, 31)),
                new SourceCitation("Annual report", null, null)), "input.sources");

        assertThat(checked).containsExactly(
                new SourceCitation("Nscale press release", "https://www.nscale.com/press", LocalDate.of(2025, 7, 31)),
                new SourceCitation("Annual report", null, null));
    }

    @Test
    void noSourcesAreNoSources() {
        assertThat(SourceCitation.checked(null, "input.sources")).isEmpty();
    }

    @ParameterizedTest(name = "{0} is not a web URL")
    @ValueSource(strings = {"ftp://example.com/x", "javascript:alert(1)", "www.nscale.com", "https://", "not a url", "file:///etc/passwd"})
    void aSourceUrlMustBeHttpOrHttpsWithAHost(String url) {
        assertThatThrownBy(() -> SourceCitation.checked(List.of(new SourceCitation("t", url, null)), "input.sources"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.sources[0].url");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a blank title           | ' '   | https://a.example | input.sources[1].title",
            "a title of 301 chars    | LONG  | https://a.example | input.sources[1].title",
            "a control char in a URL | t     | 'https://a.example/\u0007' | input.sources[1].url"})
    void theFirstBadSourceIsNamedByItsIndex(String rule, String title, String url, String field) {
        String realTitle = "LONG".equals(title) ? "t".repeat(301) : title;
        List<SourceCitation> sources = List.of(new SourceCitation("fine", null, null), new SourceCitation(realTitle, url, null));

        assertThatThrownBy(() -> SourceCitation.checked(sources, "input.sources"))
                .extracting(e -> ((ApiException) e).field()).isEqualTo(field);
    }

    @Test
    void atMostFiftySourcesPerOwner() {
        List<SourceCitation> fifty = Collections.nCopies(SourceCitation.MAX_PER_OWNER, new SourceCitation("t", null, null));
        List<SourceCitation> fiftyOne = Collections.nCopies(SourceCitation.MAX_PER_OWNER + 1, new SourceCitation("t", null, null));

        assertThat(SourceCitation.checked(fifty, "input.sources")).hasSize(50);
        assertThatThrownBy(() -> SourceCitation.checked(fiftyOne, "input.sources"))
                .hasMessage("input.sources may list at most 50 sources")
                .extracting(e -> ((ApiException) e).field()).isEqualTo("input.sources");
    }
}
