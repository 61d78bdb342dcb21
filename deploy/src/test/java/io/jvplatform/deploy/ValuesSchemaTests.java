package io.jvplatform.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** values.schema.json makes Helm refuse wrong values up front, naming the key. */
class ValuesSchemaTests {

    private static final String SCHEMA_REFUSAL = "values don't meet the specifications of the schema";

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                arguments("a string where a number goes", """
                        gateway:
                          replicaCount: two
                        """, "/gateway/replicaCount"),
                arguments("a quoted port", """
                        postgresql:
                          port: "5432"
                        """, "/postgresql/port"),
                arguments("an unknown top-level key", """
                        replicas: 3
                        """, "'replicas'"),
                arguments("a misspelt nested key", """
                        venturesService:
                          replica: 3
                        """, "'replica'"),
                arguments("a missing image tag", """
                        venturesService:
                          image:
                            tag: null
                        """, "'tag'"),
                arguments("an empty image tag", """
                        partnersService:
                          image:
                            tag: ""
                        """, "/partnersService/image/tag"),
                arguments("an unknown pull policy", """
                        gateway:
                          image:
                            pullPolicy: Sometimes
                        """, "/gateway/image/pullPolicy"),
                arguments("a string where a boolean goes", """
                        networkPolicy:
                          enabled: "yes"
                        """, "/networkPolicy/enabled"),
                arguments("an issuer that is not a realm URL", """
                        keycloak:
                          issuerUrl: https://keycloak.example.com
                        """, "/keycloak/issuerUrl"),
                arguments("a CPU target above 100 %", """
                        partnersService:
                          autoscaling:
                            targetCPUUtilizationPercentage: 150
                        """, "/partnersService/autoscaling/targetCPUUtilizationPercentage"),
                arguments("resources without limits", """
                        gateway:
                          resources:
                            limits: null
                        """, "'limits'"),
                arguments("a database name that is not an identifier", """
                        venturesService:
                          database:
                            name: "ventures; drop"
                        """, "/venturesService/database/name"),
                arguments("a config key that is not an environment variable", """
                        gateway:
                          config:
                            quarkus.log.level: DEBUG
                        """, "quarkus.log.level"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongValues")
    void refusesWrongValuesNamingTheKey(String what, String values, String key) {
        String error = JvPlatformChart.renderFailure(values);

        assertThat(error).contains(SCHEMA_REFUSAL).contains(key);
    }
}
