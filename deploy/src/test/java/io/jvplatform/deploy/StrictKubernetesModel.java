package io.jvplatform.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses a manifest into the Kubernetes API model (fabric8), refusing what the API server would
 * refuse or silently drop: an unknown kind, or a field the model does not have.
 *
 * <p>fabric8's model classes do not fail on an unknown field: Jackson's any-setter collects it into
 * the object's {@code additionalProperties} (so does a value of the wrong type). Failing on unknown
 * properties in Jackson would not help for that reason; instead every parsed object is walked and
 * any non-empty {@code additionalProperties} is reported with its path.
 */
final class StrictKubernetesModel {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    private StrictKubernetesModel() {
    }

    /** Thrown for a manifest that does not fit the Kubernetes API model exactly. */
    static final class NotInApiModelException extends RuntimeException {
        NotInApiModelException(String message) {
            super(message);
        }
    }

    static HasMetadata parse(String manifest) {
        KubernetesResource resource;
        try {
            resource = SERIALIZATION.unmarshal(manifest);
        } catch (IllegalArgumentException wrongType) {
            throw new NotInApiModelException(wrongType.getMessage());
        }
        if (resource instanceof GenericKubernetesResource generic) {
            throw new NotInApiModelException(
                    "not a known Kubernetes kind: " + generic.getApiVersion() + " " + generic.getKind());
        }
        if (!(resource instanceof HasMetadata object)) {
            throw new NotInApiModelException("not a Kubernetes object: " + resource);
        }
        List<String> unknown = new ArrayList<>();
        collectUnknownFields(object, object.getKind(), unknown);
        if (!unknown.isEmpty()) {
            throw new NotInApiModelException(object.getKind() + " " + object.getMetadata().getName()
                    + " has fields the Kubernetes API does not know: " + unknown);
        }
        return object;
    }

    private static void collectUnknownFields(Object value, String path, List<String> unknown) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectUnknownFields(list.get(i), path + "[" + i + "]", unknown);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> collectUnknownFields(entry, path + "." + key, unknown));
        } else if (value != null && value.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
            for (Class<?> type = value.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                        continue;
                    }
                    Object fieldValue = read(field, value);
                    if (field.getName().equals("additionalProperties")) {
                        if (fieldValue != null) {
                            ((Map<?, ?>) fieldValue).keySet().forEach(name -> unknown.add(path + "." + name));
                        }
                    } else {
                        collectUnknownFields(fieldValue, path + "." + field.getName(), unknown);
                    }
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
