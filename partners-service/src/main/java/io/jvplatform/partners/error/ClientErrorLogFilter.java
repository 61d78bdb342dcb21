package io.jvplatform.partners.error;

import io.quarkus.logging.LoggingFilter;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * SmallRye GraphQL logs every exception a resolver throws at ERROR with its stack trace. A
 * {@link ClientErrorException} is an answer, not a failure: keep it out of the log so that real
 * errors stand out. Enabled with {@code quarkus.log.console.filter=client-errors}.
 */
@LoggingFilter(name = "client-errors")
public final class ClientErrorLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(record.getThrown() instanceof ClientErrorException);
    }
}
