package io.jvplatform.ventures.proposal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "jv.proposals")
public interface ProposalConfig {

    /**
     * How long a proposal waits for a second admin; after it, it reads as EXPIRED and is never applied.
     * The default (14 days) is in application.properties, with its reason.
     */
    @WithDefault("P14D")
    Duration expiry();
}
