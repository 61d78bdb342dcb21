package io.jvplatform.support.graphql;

import graphql.schema.GraphQLScalarType;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import io.smallrye.graphql.scalar.GraphQLScalarTypes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our decimal scalar takes SmallRye's place under the same name and Java class, and only in a service
 * that switches it on ({@code jv-subgraph.properties}): the gateway keeps SmallRye's.
 */
class DecimalStringsTests {

    private GraphQLScalarType smallRyes;
    private Config config;

    @BeforeEach
    void remember() {
        smallRyes = GraphQLScalarTypes.getScalarByClassName(BigDecimal.class.getName());
    }

    @AfterEach
    void restore() {
        GraphQLScalarTypes.registerCustomScalar(smallRyes.getName(), BigDecimal.class.getName(), smallRyes);
        if (config != null) {
            ConfigProviderResolver.instance().releaseConfig(config);
        }
    }

    @Test
    void switchedOnOurScalarServesEveryBigDecimalUnderSmallRyesName() {
        configure(Map.of("jv.graphql.decimal-strings", "true"));

        new DecimalStrings();

        assertThat(GraphQLScalarTypes.getScalarByClassName(BigDecimal.class.getName())).isSameAs(DecimalScalar.type());
        assertThat(GraphQLScalarTypes.getScalarByName("BigDecimal")).isSameAs(DecimalScalar.type());
    }

    @Test
    void switchedOffOrNotConfiguredSmallRyesScalarStays() {
        configure(Map.of("jv.graphql.decimal-strings", "false"));
        new DecimalStrings();
        assertThat(GraphQLScalarTypes.getScalarByClassName(BigDecimal.class.getName())).isSameAs(smallRyes);

        configure(Map.of());
        new DecimalStrings();
        assertThat(GraphQLScalarTypes.getScalarByClassName(BigDecimal.class.getName())).isSameAs(smallRyes)
                .isNotSameAs(DecimalScalar.type());
    }

    @Test
    void theSwitchIsItsOwnConfigKey() {
        configure(Map.of());

        assertThat(new DecimalStrings().getConfigKey()).isEqualTo("jv.graphql.decimal-strings");
    }

    private void configure(Map<String, String> properties) {
        config = new SmallRyeConfigBuilder().withSources(new MapBackedConfigSource("test", properties) {
        }).build();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        // the one this class loader has (SmallRye's scalars read it as they load) makes way for the test's own
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig(loader));
        ConfigProviderResolver.instance().registerConfig(config, loader);
    }
}
