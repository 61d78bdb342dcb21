package io.jvplatform.partners.service;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.partners.support.FakeVenturesService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static io.jvplatform.partners.support.GraphQL.execute;
import static io.jvplatform.partners.support.GraphQL.variables;
import static io.jvplatform.partners.support.Partners.countNamed;
import static io.jvplatform.partners.support.Partners.create;
import static io.jvplatform.partners.support.Partners.input;
import static io.jvplatform.partners.support.Partners.read;
import static io.jvplatform.partners.support.Partners.uniqueName;
import static io.jvplatform.partners.support.Partners.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The races the up-front checks cannot see: writes that start together from the same state.
 * Whatever the interleaving, exactly one wins and the others get CONFLICT.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partners"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(FakeVenturesService.class)
class PartnerServiceConcurrencyTests {

    private static final int WRITERS = 4;

    private static final String UPDATE = """
            mutation Update($id: ID!, $expectedVersion: Int!, $input: PartnerInput!) {
              updatePartner(id: $id, expectedVersion: $expectedVersion, input: $input) { version }
            }
            """;

    private static final String CREATE = """
            mutation Create($input: PartnerInput!) {
              createPartner(input: $input) { id }
            }
            """;

    @Test
    void concurrentUpdatesFromTheSameVersionLetExactlyOneWin() throws Exception {
        Map<String, Object> partner = create("Contended");

        List<Map<String, Object>> responses = together(writer ->
                execute(UPDATE, variables("id", partner.get("id"), "expectedVersion", 0, "input", input("Edit " + writer)))
                        .extract().jsonPath().getMap(""));

        assertThat(responses).filteredOn(response -> response.get("errors") == null).hasSize(1);
        assertThat(responses).filteredOn(response -> response.get("errors") != null)
                .hasSize(WRITERS - 1)
                .allSatisfy(response -> assertThat(response.toString()).contains("code=CONFLICT"));
        assertThat(read(partner.get("id"))).containsEntry("version", 1);
    }

    @Test
    void concurrentCreatesOfTheSameNameLetExactlyOneWin() throws Exception {
        String name = uniqueName("Twin");

        List<Map<String, Object>> responses = together(writer ->
                execute(CREATE, variables("input", with(input("Twin"), "name", writer % 2 == 0 ? name : name.toUpperCase())))
                        .extract().jsonPath().getMap(""));

        assertThat(responses).filteredOn(response -> response.get("errors") == null).hasSize(1);
        assertThat(responses).filteredOn(response -> response.get("errors") != null)
                .allSatisfy(response -> assertThat(response.toString()).contains("code=CONFLICT", "field=input.name"));
        assertThat(countNamed(name)).isEqualTo(1);
    }

    /** Runs {@value #WRITERS} writers released at the same instant and collects their answers. */
    private static <T> List<T> together(IntFunction<T> writer) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int id = i;
                Callable<T> task = () -> {
                    start.await();
                    return writer.apply(id);
                };
                futures.add(executor.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
