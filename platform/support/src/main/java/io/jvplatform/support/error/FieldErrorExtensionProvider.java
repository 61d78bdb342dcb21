package io.jvplatform.support.error;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * Adds {@code extensions.field} to errors raised by {@link ApiException}s (registered through
 * {@code META-INF/services}; SmallRye GraphQL loads these providers with the ServiceLoader).
 * SmallRye writes every listed key, so an error without a field says {@code "field": null}.
 */
public class FieldErrorExtensionProvider implements ErrorExtensionProvider {

    public static final String KEY = "field";

    @Override
    public String getKey() {
        return KEY;
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof ApiException api && api.field() != null) {
            return Json.createValue(api.field());
        }
        return null;
    }
}
