package io.jvplatform.support.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The two JSON forms the store keeps: a request's fingerprint and an answer. Properties and map
 * entries are sorted, so the same input always gives the same fingerprint whatever order a client
 * or a record wrote them in. A mapper of its own: what it writes is a storage format, which must
 * not change with the service's wire settings.
 */
final class IdempotencyJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules() // java.time, when the service has it, for dates in inputs and answers
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private IdempotencyJson() {
    }

    /** SHA-256 (hex) of the operation and its input in canonical JSON. */
    static String fingerprint(String operation, Object input) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(JSON.writeValueAsBytes(input));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the input of " + operation, e);
        }
    }

    static String write(Object result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store an answer of type " + result.getClass().getName(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored answer as " + type.getName(), e);
        }
    }
}
