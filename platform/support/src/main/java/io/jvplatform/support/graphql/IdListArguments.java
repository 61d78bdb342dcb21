package io.jvplatform.support.graphql;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Scalars;
import io.smallrye.graphql.spi.EventingService;

/**
 * Makes {@code @Id List<String>} arguments ({@code [ID!]!}) usable.
 * <p>
 * SmallRye GraphQL 2.17 (Quarkus 3.33) checks {@code @Id} before it unwraps a collection, so the
 * model says each element is a {@code java.util.List}; every call then fails with "is not a valid
 * 'Unknown Scalar Type [java.util.List]'" before our method runs. Just before the schema is built
 * we point such arguments at the String-backed ID scalar they should have had: the schema still
 * says {@code [ID!]!} and the method receives the ids as strings.
 * <p>
 * Registered through {@code META-INF/services/io.smallrye.graphql.spi.EventingService}; enabled
 * by {@value #CONFIG_KEY}. Remove it once SmallRye unwraps collections first.
 */
public class IdListArguments implements EventingService {

    static final String CONFIG_KEY = "jv.graphql.id-list-arguments-fix";

    private static final String STRING = String.class.getName();

    @Override
    public String getConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public Operation createOperation(Operation operation) {
        if (operation.hasArguments()) {
            for (Argument argument : operation.getArguments()) {
                Reference reference = argument.getReference();
                if (argument.hasWrapper() && "ID".equals(reference.getName()) && !STRING.equals(reference.getClassName())) {
                    argument.setReference(Scalars.getIDScalar(STRING));
                }
            }
        }
        return operation;
    }
}
