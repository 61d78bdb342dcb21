package io.jvplatform.partners.error;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * Adds {@code extensions.field} to errors raised through {@link ClientErrorException}.
 * SmallRye GraphQL loads it with the {@link java.util.ServiceLoader} (see META-INF/services) and
 * skips a {@code null} value, so other errors get no field.
 */
public class FieldErrorExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof ClientErrorException clientError) {
            return clientError.field().<JsonValue>map(Json::createValue).orElse(null);
        }
        return null;
    }
}
