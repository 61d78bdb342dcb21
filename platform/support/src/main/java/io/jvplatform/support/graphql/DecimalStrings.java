package io.jvplatform.support.graphql;

import java.math.BigDecimal;

import io.smallrye.graphql.scalar.GraphQLScalarTypes;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Gives the services' schemas our {@link DecimalScalar} in place of SmallRye's {@code BigDecimal},
 * which writes a JSON number (and so loses the scale in every browser). SmallRye keeps its
 * scalars in a registry that its own custom scalars are added to ({@code registerCustomScalar});
 * we register ours under the same name and Java class before SmallRye builds any type, so every
 * {@code BigDecimal} field, argument and input field uses it and the schema has one such scalar.
 * The name stays {@code BigDecimal}: the subgraphs' SDL and the gateway's schema still agree.
 * <p>
 * SmallRye creates its eventing services when it starts building the schema, before any type;
 * no later hook can swap a scalar without rebuilding the schema under SmallRye's federation
 * support (which then resolved no entity). Registered through
 * {@code META-INF/services/io.smallrye.graphql.spi.EventingService}; on when {@value #CONFIG_KEY}
 * is true (jv-subgraph.properties).
 */
public class DecimalStrings implements EventingService {

    static final String CONFIG_KEY = "jv.graphql.decimal-strings";

    public DecimalStrings() {
        if (Boolean.TRUE.equals(Config.get().getConfigValue(CONFIG_KEY, Boolean.class, false))) {
            GraphQLScalarTypes.registerCustomScalar(DecimalScalar.NAME, BigDecimal.class.getName(), DecimalScalar.type());
        }
    }

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }
}
