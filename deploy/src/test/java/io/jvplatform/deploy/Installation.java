package io.jvplatform.deploy;

/** The ways an operator installs the chart, each rendered once and shared by the tests. */
enum Installation {

    /** values.yaml as shipped: external PostgreSQL and Keycloak (placeholders), no Ingress. */
    DEFAULT,
    /** src/test/resources/values-production.yaml: existing Secrets, Ingress with TLS, HPA, tracing. */
    PRODUCTION,
    /** Trying it out: the bundled PostgreSQL and Keycloak, with passwords given. */
    BUNDLED;

    static final String BUNDLED_VALUES = """
            venturesService:
              database:
                password: ventures-secret-1
            partnersService:
              database:
                password: partners-secret-2
            postgresql:
              bundled:
                enabled: true
                postgresPassword: postgres-secret-3
            keycloak:
              bundled:
                enabled: true
                adminPassword: keycloak-secret-4
            """;

    RenderedChart render() {
        return switch (this) {
            case DEFAULT -> JvPlatformChart.render();
            case PRODUCTION -> JvPlatformChart.renderProduction();
            case BUNDLED -> JvPlatformChart.render(BUNDLED_VALUES);
        };
    }
}
