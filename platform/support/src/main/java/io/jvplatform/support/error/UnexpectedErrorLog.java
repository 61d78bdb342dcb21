package io.jvplatform.support.error;

import io.quarkus.logging.Log;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Logs what a resolver threw unless it is an {@link ApiException}: a refused input or a stale
 * version is an answer to the client, not an incident for the operator. SmallRye's own
 * {@code print-data-fetcher-exception} cannot tell the two apart, so it stays off and this
 * takes its place. Registered through {@code META-INF/services}; on when {@value #CONFIG_KEY} is true.
 */
public class UnexpectedErrorLog implements EventingService {

    static final String CONFIG_KEY = "jv.graphql.log-unexpected-errors";

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public void errorDataFetch(Context context, Throwable error) {
        if (ApiException.within(error) != null) {
            return;
        }
        Log.errorf(error, "unexpected error in %s", context == null ? "a resolver" : context.getPath());
    }
}
