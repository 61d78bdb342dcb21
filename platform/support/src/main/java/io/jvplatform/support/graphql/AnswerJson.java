package io.jvplatform.support.graphql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * {@code {"data": ...}} of a complete answer, written with Jackson's streaming generator. graphql-java's
 * data holds only maps (field order kept), lists, strings, numbers, booleans and nulls; walking them
 * directly skips databind's serializer lookup for every value of an untyped map, which made writing
 * the 50-venture dashboard's ~80 KB cost as much as SmallRye's JSON-P copy it replaces.
 */
final class AnswerJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private AnswerJson() {
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
            // a scalar's serialized value is one of the above; anything else is written as its text
            json.writeString(value.toString());
        }
    }
}
