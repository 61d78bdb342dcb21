package io.jvplatform.ventures.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregated child columns of a read: JSON arrays of columns, numbers as text so their scale survives. */
class JsonColumnsTests {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void eachElementIsMappedInOrder() {
        List<String> titles = JsonColumns.list("[[\"first\", null], [\"second\", \"https://a.example\"]]",
                element -> JsonColumns.text(element.get(0)));

        assertThat(titles).containsExactly("first", "second");
    }

    @Test
    void sqlNullIsNoChildrenAndTheListCanGrow() {
        List<String> none = JsonColumns.list(null, element -> "x");

        assertThat(none).isEmpty();
        none.add("added later");
        assertThat(none).hasSize(1);
    }

    @Test
    void anEmptyAggregateIsNoChildren() {
        assertThat(JsonColumns.list("[]", element -> element)).isEmpty();
    }

    @Test
    void textMayBeNullOrMissing() {
        assertThat(JsonColumns.text(JSON.textNode("Aker"))).isEqualTo("Aker");
        assertThat(JsonColumns.text(NullNode.instance)).isNull();
        assertThat(JsonColumns.text(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"50.0000", "33.3334", "0.0001", "100.0000", "1000000000.00"})
    void aDecimalKeepsItsExactScale(String text) {
        BigDecimal decimal = JsonColumns.decimal(JSON.textNode(text));

        assertThat(decimal).isEqualTo(new BigDecimal(text));
        assertThat(decimal.scale()).isEqualTo(new BigDecimal(text).scale());
    }

    @Test
    void aDateIsIsoTextAndMayBeNull() {
        assertThat(JsonColumns.date(JSON.textNode("2025-07-31"))).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(JsonColumns.date((JsonNode) NullNode.instance)).isNull();
        assertThat(JsonColumns.date((JsonNode) null)).isNull();
    }

    @Test
    void aUuidIsItsTextForm() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-00000000000a");

        assertThat(JsonColumns.uuid(JSON.textNode(id.toString()))).isEqualTo(id);
        assertThatThrownBy(() -> JsonColumns.uuid(JSON.textNode("not-a-uuid"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMalformedDateIsAFaultOfOursNotAClientError() {
        assertThatThrownBy(() -> JsonColumns.date(JSON.textNode("31.07.2025"))).isInstanceOf(java.time.format.DateTimeParseException.class);
    }
}
