package io.jvplatform.support.graphql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of value graphql-java puts into an answer's data, written as JSON. */
class AnswerJsonTests {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("a string", "Stargate Norway", "\"Stargate Norway\""),
                Arguments.of("a string to escape", "say \"hi\"\n\u0001", "\"say \\\"hi\\\"\\n\\u0001\""),
                Arguments.of("non-ASCII text, as UTF-8", "Ålesund – 北京", "\"Ålesund – 北京\""),
                Arguments.of("null", null, "null"),
                Arguments.of("true", true, "true"),
                Arguments.of("an int", 230, "230"),
                Arguments.of("a long", 9_007_199_254_740_993L, "9007199254740993"),
                Arguments.of("a double", 230.5d, "230.5"),
                Arguments.of("a BigDecimal keeps its scale", new BigDecimal("50.0000"), "50.0000"),
                Arguments.of("a BigInteger", new BigInteger("123456789012345678901234567890"), "123456789012345678901234567890"),
                Arguments.of("an empty list", List.of(), "[]"),
                Arguments.of("a list with a null", Arrays.asList(1, null, "x"), "[1,null,\"x\"]"),
                Arguments.of("an empty object", Map.of(), "{}"),
                Arguments.of("an empty string", "", "\"\""),
                Arguments.of("a backslash and a tab", "a\\b\tc", "\"a\\\\b\\tc\""),
                Arguments.of("false", false, "false"),
                Arguments.of("a negative int", -1, "-1"),
                Arguments.of("a float", 0.5f, "0.5"),
                Arguments.of("a nested empty list", List.of(List.of()), "[[]]"),
                Arguments.of("a date", java.time.LocalDate.of(2025, 7, 31), "\"2025-07-31\""),
                Arguments.of("a date-time with the shortest fraction", java.time.OffsetDateTime.parse("2026-12-03T09:03:33.519110Z"),
                        "\"2026-12-03T09:03:33.51911Z\""),
                Arguments.of("an instant", java.time.Instant.parse("2026-12-03T09:03:33Z"), "\"2026-12-03T09:03:33Z\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void eachValueIsWrittenUnderData(String kind, Object value, String json) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("value", value);

        assertThat(written(data)).isEqualTo("{\"data\":{\"value\":" + json + "}}");
    }

    @Test
    void aValueOfAnyOtherTypeLeavesTheWholeAnswerToSmallRye() {
        assertThat(AnswerJson.plain(Map.of("value", new StringBuilder("unknown")))).isEmpty();
        assertThat(AnswerJson.plain(Map.of("value", "known"))).isPresent();
    }

    @Test
    void fieldsKeepTheOrderOfTheDocumentAndNestingIsKept() {
        Map<String, Object> stake = new LinkedHashMap<>();
        stake.put("percentage", "50.0000");
        stake.put("partner", Map.of("id", "p1"));
        Map<String, Object> venture = new LinkedHashMap<>();
        venture.put("name", "Stargate Norway");
        venture.put("id", "v1");
        venture.put("stakes", List.of(stake, stake));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ventures", Map.of("items", List.of(venture)));

        assertThat(written(data)).isEqualTo("{\"data\":{\"ventures\":{\"items\":[{\"name\":\"Stargate Norway\",\"id\":\"v1\","
                + "\"stakes\":[{\"percentage\":\"50.0000\",\"partner\":{\"id\":\"p1\"}},"
                + "{\"percentage\":\"50.0000\",\"partner\":{\"id\":\"p1\"}}]}]}}}");
    }

    @Test
    void aDeepAndWideAnswerIsWrittenWhole() {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(Map.of("i", i));
        }

        String json = written(Map.of("rows", rows));

        assertThat(json).startsWith("{\"data\":{\"rows\":[{\"i\":0},{\"i\":1},").endsWith("{\"i\":4999}]}}");
    }

    private static String written(Object data) {
        return new String(AnswerJson.write(data), StandardCharsets.UTF_8);
    }
}
