package io.jvplatform.gateway.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.error.ErrorDetail;

/** Relay paging over offset pages: what first and after mean, and which values are the client's error. */
class PagingRulesTests {

    private final Paging paging = new Paging(RecordingServices.config());

    @Test
    void noArgumentsIsTheFirstPageOfTheDefaultSize() {
        assertThat(paging.request(null, null)).isEqualTo(new PageRequest(0, 20));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 20, 99, 100})
    void firstFromOneToTheMaximumIsThePageSize(int first) {
        assertThat(paging.request(first, null)).isEqualTo(new PageRequest(0, first));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void anyOtherFirstIsRefusedOnFirst(int first) {
        assertThatThrownBy(() -> paging.request(first, null))
                .isInstanceOf(ApiException.class)
                .satisfies(error -> assertThat(detail(error)).isEqualTo(
                        new ErrorDetail("first must be between 1 and 100", ErrorCodes.VALIDATION, "first", null)));
    }

    @ParameterizedTest(name = "after the cursor of row {0} comes row {1}")
    @CsvSource({"0, 1", "19, 20", "41, 42", "2147483646, 2147483647"})
    void afterACursorThePageStartsAtTheNextRow(int position, int offset) {
        assertThat(paging.request(10, Paging.cursor(position))).isEqualTo(new PageRequest(offset, 10));
    }

    @Test
    void aCursorIsOpaqueUrlSafeTextWithoutPadding() {
        String cursor = Paging.cursor(41);

        assertThat(cursor).doesNotContain("=", "+", "/", "41").matches("[A-Za-z0-9_-]+");
        assertThat(Paging.cursor(41)).isEqualTo(cursor);
        assertThat(Paging.cursor(42)).isNotEqualTo(cursor);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "not base64!", "jv:5", "%%%", "YWJj"})
    void somethingThatIsNotACursorOfOursIsRefusedOnAfter(String after) {
        assertNotACursor(after);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jv:-1", "jv:", "jv:abc", "jv:1.5", "xx:5", "jv:99999999999", "JV:5"})
    void aCursorOfAnotherShapeIsRefusedOnAfter(String text) {
        assertNotACursor(Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBadFirstIsReportedBeforeABadAfter() {
        assertThatThrownBy(() -> paging.request(0, "garbage"))
                .satisfies(error -> assertThat(detail(error).field()).isEqualTo("first"));
    }

    private void assertNotACursor(String after) {
        assertThatThrownBy(() -> paging.request(5, after))
                .isInstanceOf(ApiException.class)
                .satisfies(error -> assertThat(detail(error)).isEqualTo(
                        new ErrorDetail("after is not a cursor of this connection", ErrorCodes.VALIDATION, "after", null)));
    }

    private static ErrorDetail detail(Throwable error) {
        return ((ApiException) error).details().get(0);
    }
}
