package io.jvplatform.support.audit;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both subgraphs declare the audit types from this one source, so the federated schema composes only
 * while they stay shareable and say the same about which fields are required.
 */
class AuditEntryTests {

    @Test
    void bothAuditTypesAreShareableAndDescribed() {
        for (Class<?> type : List.of(AuditEntry.class, AuditChange.class)) {
            assertThat(type.isAnnotationPresent(Shareable.class)).as(type.getSimpleName()).isTrue();
            assertThat(type.getAnnotation(Description.class)).as(type.getSimpleName()).isNotNull();
        }
    }

    @Test
    void anEntryAlwaysHasItsWhoWhenWhatAndChangesButMayLackATrace() {
        assertThat(required(AuditEntry.class)).containsExactly("at", "actor", "action", "objectType", "objectId", "changes");
        assertThat(annotation(AuditEntry.class, "traceId", Description.class).value()).contains("32 hex digits");
    }

    @Test
    void theObjectIdIsAnId() {
        assertThat(annotation(AuditEntry.class, "objectId", Id.class)).isNotNull();
    }

    @Test
    void aChangeAlwaysNamesItsFieldAndMayLackEitherValue() {
        assertThat(required(AuditChange.class)).containsExactly("field");
    }

    private static List<String> required(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).filter(component -> annotation(type, component.getName(), NonNull.class) != null)
                .map(RecordComponent::getName).toList();
    }

    /** As SmallRye reads it: from the component's field or accessor, wherever the annotation's targets put it. */
    private static <A extends Annotation> A annotation(Class<? extends Record> type, String name, Class<A> annotation) {
        RecordComponent component = component(type, name);
        A onAccessor = component.getAccessor().getAnnotation(annotation);
        if (onAccessor != null) {
            return onAccessor;
        }
        try {
            return type.getDeclaredField(name).getAnnotation(annotation);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static RecordComponent component(Class<? extends Record> type, String name) {
        return Arrays.stream(type.getRecordComponents()).filter(component -> component.getName().equals(name)).findFirst().orElseThrow();
    }
}
