package io.jvplatform.ventures.client;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.FaultToleranceOperationProvider;
import io.smallrye.faulttolerance.config.FaultToleranceOperation;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner check's timeout and breaker are the numbers application.properties gives (and argues
 * for), not the annotations' defaults (1 s timeout, a breaker over 20 calls open for 5 s): a key the
 * fault tolerance does not read would leave those defaults in place, and these tests would fail.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class PartnerDirectoryFaultToleranceTests {

    @Inject
    FaultToleranceOperationProvider operations;

    @Test
    void aWriteWaitsTwoSecondsAtMostForTheAnswer() throws Exception {
        Timeout timeout = statusOf().getTimeout();

        assertThat(timeout.unit().getDuration().multipliedBy(timeout.value())).hasMillis(2000);
    }

    @Test
    void halfOfTheLastFourCallsFailingStopCallsForThreeSeconds() throws Exception {
        CircuitBreaker breaker = statusOf().getCircuitBreaker();

        assertThat(breaker.requestVolumeThreshold()).isEqualTo(4);
        assertThat(breaker.failureRatio()).isEqualTo(0.5);
        assertThat(breaker.delayUnit().getDuration().multipliedBy(breaker.delay())).hasMillis(3000);
    }

    private FaultToleranceOperation statusOf() throws NoSuchMethodException {
        return operations.get(PartnerDirectory.class, PartnerDirectory.class.getMethod("statusOf", Collection.class));
    }
}
