package io.jvplatform.support.graphql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Optional;

/**
 * {@code {"data": ...}} of a complete answer, written with Jackson's streaming generator. graphql-java's
 * data holds maps (field order kept), lists, strings, numbers, booleans, nulls and java.time values; walking them
 * directly skips databind's serializer lookup for every value of an untyped map, which made writing
 * the 50-venture dashboard's ~80 KB cost as much as SmallRye's JSON-P copy it replaces.
 */
final class AnswerJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private AnswerJson() {
    }

    /**
     * SmallRye's date and time scalars serialize to java.time values, which SmallRye then writes in
     * these ISO forms (the shortest fraction of a second: {@code 09:03:33.51911Z}, where toString()
     * writes {@code .519110}).
     */
    private static final Map<Class<?>, DateTimeFormatter> ISO = Map.of(
            LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE,
            LocalTime.class, DateTimeFormatter.ISO_LOCAL_TIME,
            LocalDateTime.class, DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            OffsetTime.class, DateTimeFormatter.ISO_OFFSET_TIME,
            OffsetDateTime.class, DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            ZonedDateTime.class, DateTimeFormatter.ISO_ZONED_DATE_TIME,
            Instant.class, DateTimeFormatter.ISO_INSTANT);

    /** The answer as JSON, or empty when it holds a value of a type not listed here (SmallRye writes that one). */
    static Optional<byte[]> plain(Object data) {
        try {
            return Optional.of(write(data));
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    static byte[] write(Object data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeFieldName("data");
            value(json, data);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an answer as JSON", e);
        }
        return bytes.toByteArray();
    }

    /** A value whose JSON form only SmallRye knows. */
    static final class NotPlain extends RuntimeException {

        NotPlain(Class<?> type) {
            super("no plain JSON form for " + type.getName(), null, false, false);
        }
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> object) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                json.writeFieldName(String.valueOf(field.getKey()));
                value(json, field.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            json.writeNumber(number);
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else {
            DateTimeFormatter iso = ISO.get(value.getClass());
            if (iso == null) {
                throw new NotPlain(value.getClass());
            }
            json.writeString(iso.format((TemporalAccessor) value));
        }
    }
}
