package io.jvplatform.ventures.api;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Scalars;
import io.smallrye.graphql.spi.EventingService;

/**
 * Lets {@code @Id List<String>} arguments ({@code [ID!]!}: venturesByIds, venturesOfPartners) work.
 * <p>
 * SmallRye GraphQL 2.17 (Quarkus 3.33) applies {@code @Id} before unwrapping the collection, so the
 * model's element type becomes an ID scalar backed by {@code java.util.List} and every call fails
 * with "is not a valid 'Unknown Scalar Type [java.util.List]'" before our method runs. While the
 * schema is built, this points such arguments back at the String-backed ID scalar: the schema
 * still says {@code [ID!]!} and the method gets strings. (partners-service carries the same fix.)
 * <p>
 * Registered in {@code META-INF/services/io.smallrye.graphql.spi.EventingService}, switched on by
 * {@value #CONFIG_KEY}. Delete it once SmallRye unwraps collections first.
 */
public class IdListArguments implements EventingService {

    static final String CONFIG_KEY = "ventures.graphql.id-list-arguments-fix";

    private static final String STRING = String.class.getName();

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public Operation createOperation(Operation operation) {
        if (operation.hasArguments()) {
            for (Argument argument : operation.getArguments()) {
                Reference type = argument.getReference();
                if (argument.hasWrapper() && "ID".equals(type.getName()) && !STRING.equals(type.getClassName())) {
                    argument.setReference(Scalars.getIDScalar(STRING));
                }
            }
        }
        return operation;
    }
}
