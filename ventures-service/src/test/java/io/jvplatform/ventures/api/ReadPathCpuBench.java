package io.jvplatform.ventures.api;

import static io.jvplatform.ventures.support.GraphQL.post;
import static org.hamcrest.Matchers.nullValue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import org.junit.jupiter.api.TestInstance;

/** The CPU ventures-service spends on the 50-venture dashboard document, on data seeded as {@link ReadPathCostTests} seeds it. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class ReadPathCpuBench {

    private ReadPathCostTests.Portfolio fifty;


    /**
     * Not a test of speed (timing on a shared 2-core box is noise): prints the CPU this JVM spends on
     * the dashboard for 50 ventures outside the test thread, i.e. the service's side of the request.
     * {@code ./mvnw -B -pl ventures-service -am verify -Dtest=ReadPathCpuBench -Dsurefire.failIfNoSpecifiedTests=false}
     * (a bench, not in the default run: its name matches none of surefire's test patterns)
     */
    @Test
    void cpuPerDashboard() {
        if (fifty == null) {
            // seeded on first use: RestAssured points at the test app only once a test runs
            fifty = ReadPathCostTests.Portfolio.seed(50);
        }
        Map<String, Object> variables = ReadPathCostTests.page(fifty);
        for (int i = 0; i < 300; i++) {
            post(ReadPathCostTests.DASHBOARD, variables).body("errors", nullValue());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int requests = 300;
        long processBefore = os.getProcessCpuTime();
        long clientBefore = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < requests; i++) {
            post(ReadPathCostTests.DASHBOARD, variables);
        }
        long client = threads.getCurrentThreadCpuTime() - clientBefore;
        long service = os.getProcessCpuTime() - processBefore - client;
        System.out.printf("CPU per 50-venture dashboard: %.2f ms in the service (%.2f ms in the test's client)%n",
                service / 1e6 / requests, client / 1e6 / requests);
    }

}
