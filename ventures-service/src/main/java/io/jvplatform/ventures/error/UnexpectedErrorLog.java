package io.jvplatform.ventures.error;

import io.quarkus.logging.Log;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Logs what a client only sees as "System error": any exception from a resolver that is not an
 * {@link ApiException}. Client errors stay out of the log; they are answers, not incidents.
 * Registered in {@code META-INF/services/io.smallrye.graphql.spi.EventingService}, on by {@value #CONFIG_KEY}.
 */
public class UnexpectedErrorLog implements EventingService {

    static final String CONFIG_KEY = "ventures.graphql.log-unexpected-errors";

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public void errorDataFetch(Context context, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException) {
                return;
            }
        }
        Log.errorf(error, "unexpected error in %s", context == null ? "a resolver" : context.getPath());
    }
}
