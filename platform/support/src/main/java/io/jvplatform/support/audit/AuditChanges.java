package io.jvplatform.support.audit;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.eclipse.microprofile.graphql.Ignore;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changed fields between two snapshots of an object (records, maps; null for "did not
 * exist"). Snapshots are turned into JSON and flattened: nested objects and maps become dotted
 * paths ({@code site.country}, {@code stakes.<partnerId>}), so a change names the field that
 * changed and not its whole parent; lists are compared whole (their elements have no stable name).
 * <p>
 * A mapper of its own, like the idempotency store's: what it writes is a storage format. Decimals
 * are written as strings with their scale ({@code "50.0000"}), dates as ISO-8601, and a record
 * component the API hides ({@code @Ignore}) is not recorded either.
 */
final class AuditChanges {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .withConfigOverride(BigDecimal.class, override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public boolean hasIgnoreMarker(AnnotatedMember member) {
                    return member.hasAnnotation(Ignore.class) || super.hasIgnoreMarker(member);
                }
            })
            .build();

    private AuditChanges() {
    }

    static List<AuditChange> between(Object before, Object after) {
        Map<String, JsonNode> old = flatten(before);
        Map<String, JsonNode> now = flatten(after);
        List<AuditChange> changes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : now.entrySet()) {
            JsonNode was = old.getOrDefault(field.getKey(), NullNode.instance);
            if (!was.equals(field.getValue())) {
                changes.add(change(field.getKey(), was, field.getValue()));
            }
        }
        for (Map.Entry<String, JsonNode> field : old.entrySet()) {
            if (!now.containsKey(field.getKey()) && !field.getValue().isNull()) {
                changes.add(change(field.getKey(), field.getValue(), NullNode.instance));
            }
        }
        return changes;
    }

    private static AuditChange change(String field, JsonNode before, JsonNode after) {
        return new AuditChange(field, text(before), text(after));
    }

    private static String text(JsonNode value) {
        return value.isNull() ? null : value.toString();
    }

    private static Map<String, JsonNode> flatten(Object snapshot) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (snapshot != null) {
            flatten("", JSON.valueToTree(snapshot), fields);
        }
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> fields) {
        if (!node.isObject() || (node.isEmpty() && !prefix.isEmpty())) {
            fields.put(prefix, node);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), fields);
        }
    }
}
