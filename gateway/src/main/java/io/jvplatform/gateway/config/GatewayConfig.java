package io.jvplatform.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's own settings (application.properties, section "Query limits" and "Admission"). */
@ConfigMapping(prefix = "jv.gateway")
public interface GatewayConfig {

    Limits limits();

    Admission admission();

    interface Limits {

        /** Levels of selection, fragments expanded. */
        @WithDefault("15")
        int maxDepth();

        /** Fields of the operation with its fragments expanded, as it would execute. */
        @WithDefault("500")
        int maxComplexity();

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

        /** Characters of the query document. */
        @WithDefault("100000")
        int maxDocumentCharacters();

        /** Bytes of a request body (document plus variables). */
        @WithDefault("1048576")
        int maxBodyBytes();
    }

    interface Admission {

        /** Requests executed at once; the others wait in line. */
        @WithDefault("8")
        int maxConcurrent();

        /** Requests waiting in line; one more is refused at once with 503. */
        @WithDefault("1000")
        int maxQueued();

        /** How long a request may wait in line before it is refused with 503. */
        @WithDefault("2000")
        int maxWaitMillis();
    }
}
