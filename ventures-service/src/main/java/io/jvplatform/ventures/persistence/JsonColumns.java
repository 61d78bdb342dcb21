package io.jvplatform.ventures.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the columns our read queries aggregate with {@code cast(json_agg(json_build_array(...)) as text)}:
 * a row's child rows (sources, roles, holdings) arrive in the same round trip as the row, instead
 * of one query per collection (or per row). Numbers travel as text so their scale stays exact.
 */
final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonColumns() {
    }

    /** Each element (a JSON array of the child's columns) mapped; empty for SQL null (no children). */
    static <T> List<T> list(Object column, Function<JsonNode, T> child) {
        if (column == null) {
            return new ArrayList<>();
        }
        try {
            List<T> children = new ArrayList<>();
            for (JsonNode element : JSON.readTree(column.toString())) {
                children.add(child.apply(element));
            }
            return children;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable aggregated column", e);
        }
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    static UUID uuid(JsonNode node) {
        return UUID.fromString(node.asText());
    }

    static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asText());
    }

    /** A JDBC date column as Hibernate hands it to a native query (java.sql.Date or LocalDate). */
    static LocalDate date(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) column;
    }
}
