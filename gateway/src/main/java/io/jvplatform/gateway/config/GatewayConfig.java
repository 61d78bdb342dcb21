package io.jvplatform.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's own settings. Query depth and complexity are SmallRye GraphQL's
 * ({@code quarkus.smallrye-graphql.instrumentation-query-depth/-complexity}); what it has no
 * setting for lives here.
 */
@ConfigMapping(prefix = "jv.gateway")
public interface GatewayConfig {

    Limits limits();

    interface Limits {

        /** Aliased fields in one document: aliases are how one request multiplies its own cost. */
        @WithDefault("50")
        int maxAliases();

        /** Operations in one document; only one runs, the others are parsed and validated for nothing. */
        @WithDefault("5")
        int maxOperations();

        /** Largest {@code first} of a connection; the services refuse more than 100 per page too. */
        @WithDefault("100")
        int maxPageSize();

        @WithDefault("20")
        int defaultPageSize();
    }
}
