package io.jvplatform.support.graphql;

import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;

import static graphql.util.TreeTransformerUtil.changeNode;

/**
 * Gives the services' schemas our {@link DecimalScalar} in place of SmallRye's {@code BigDecimal},
 * which writes a JSON number (and so loses the scale in every browser). SmallRye offers no way to
 * replace a built-in scalar's coercing; just before it builds the schema we build it once
 * ourselves, swap the scalar everywhere it is used, and hand SmallRye the result. The scalar keeps
 * its name, so the subgraphs' SDL and the gateway's schema still say {@code BigDecimal}.
 * <p>
 * Registered through {@code META-INF/services/io.smallrye.graphql.spi.EventingService}; enabled
 * by {@value #CONFIG_KEY} (jv-subgraph.properties).
 */
public class DecimalStrings implements EventingService {

    static final String CONFIG_KEY = "jv.graphql.decimal-strings";

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (DecimalScalar.NAME.equals(scalar.getName()) && scalar != DecimalScalar.type()) {
                    return changeNode(context, DecimalScalar.type());
                }
                return TraversalControl.CONTINUE;
            }
        });
        return GraphQLSchema.newSchema(schema);
    }
}
