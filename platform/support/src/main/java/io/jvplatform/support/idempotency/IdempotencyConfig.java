package io.jvplatform.support.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "jv.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a key is kept: a retry within it gets the first answer, after it the key is free
     * again. 24 h covers a client's retries after timeouts, restarts and a night's outage, as
     * Stripe's keys do; a longer window only grows the table.
     */
    @WithDefault("PT24H")
    Duration retention();
}
