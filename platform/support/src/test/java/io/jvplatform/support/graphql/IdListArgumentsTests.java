package io.jvplatform.support.graphql;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Scalars;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.schema.model.WrapperType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @Id List<String>} arguments get the String-backed ID scalar SmallRye 2.17 should have given them; nothing else changes. */
class IdListArgumentsTests {

    private static final String STRING = String.class.getName();

    @Test
    void anIdListArgumentReadAsAListOfListsIsPointedAtTheStringIdScalar() {
        Argument ids = argument("ids", Scalars.getIDScalar("java.util.List"), true);

        Operation fixed = new IdListArguments().createOperation(operation(ids));

        Reference reference = fixed.getArguments().get(0).getReference();
        assertThat(reference.getName()).isEqualTo("ID");
        assertThat(reference.getClassName()).isEqualTo(STRING);
        assertThat(fixed.getArguments().get(0).hasWrapper()).as("still [ID!]!").isTrue();
    }

    @Test
    void anIdListThatIsAlreadyStringsIsLeftAlone() {
        Reference strings = Scalars.getIDScalar(STRING);
        Argument ids = argument("ids", strings, true);

        assertThat(new IdListArguments().createOperation(operation(ids)).getArguments().get(0).getReference()).isSameAs(strings);
    }

    @Test
    void aSingleIdArgumentIsLeftAlone() {
        Reference uuid = Scalars.getIDScalar("java.util.UUID");
        Argument id = argument("id", uuid, false);

        assertThat(new IdListArguments().createOperation(operation(id)).getArguments().get(0).getReference()).isSameAs(uuid);
    }

    @Test
    void aListOfAnotherScalarIsLeftAlone() {
        Reference names = Scalars.getScalar(STRING);
        Argument list = argument("names", names, true);

        assertThat(new IdListArguments().createOperation(operation(list)).getArguments().get(0).getReference()).isSameAs(names);
    }

    @Test
    void anOperationWithoutArgumentsIsReturnedAsItIs() {
        Operation none = new Operation();

        assertThat(new IdListArguments().createOperation(none)).isSameAs(none);
    }

    @Test
    void itIsOnlyOnWhenItsKeySaysSo() {
        assertThat(new IdListArguments().getConfigKey()).isEqualTo("jv.graphql.id-list-arguments-fix");
    }

    private static Argument argument(String name, Reference reference, boolean list) {
        Argument argument = new Argument();
        argument.setName(name);
        argument.setReference(reference);
        if (list) {
            argument.setWrapper(new Wrapper(WrapperType.COLLECTION, "java.util.List"));
        }
        return argument;
    }

    private static Operation operation(Argument argument) {
        Operation operation = new Operation();
        operation.setName("partnersByIds");
        operation.addArgument(argument);
        return operation;
    }

    @Test
    void inAnOperationWithSeveralArgumentsOnlyTheIdListsChange() {
        Reference uuid = Scalars.getIDScalar("java.util.UUID");
        Reference names = Scalars.getScalar(STRING);
        Operation operation = operation(argument("ventureId", uuid, false));
        operation.addArgument(argument("partnerIds", Scalars.getIDScalar("java.util.List"), true));
        operation.addArgument(argument("names", names, true));
        operation.addArgument(argument("agreementIds", Scalars.getIDScalar("java.util.Set"), true));

        List<Argument> fixed = new IdListArguments().createOperation(operation).getArguments();

        assertThat(fixed.get(0).getReference()).isSameAs(uuid);
        assertThat(fixed.get(1).getReference().getClassName()).isEqualTo(STRING);
        assertThat(fixed.get(2).getReference()).isSameAs(names);
        assertThat(fixed.get(3).getReference().getClassName()).isEqualTo(STRING);
        assertThat(fixed).extracting(Argument::getName).containsExactly("ventureId", "partnerIds", "names", "agreementIds");
    }
}
