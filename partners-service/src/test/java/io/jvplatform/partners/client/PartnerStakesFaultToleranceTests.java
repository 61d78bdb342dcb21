package io.jvplatform.partners.client;

import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.partners.support.FakeVenturesService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.FaultToleranceOperationProvider;
import io.smallrye.faulttolerance.config.FaultToleranceOperation;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stake check's timeout and breaker are the numbers application.properties gives (and argues
 * for), not the annotations' defaults (1 s timeout, a breaker over 20 calls open for 5 s): a key the
 * fault tolerance does not read would leave those defaults in place, and these tests would fail.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "partners"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(FakeVenturesService.class)
class PartnerStakesFaultToleranceTests {

    @Inject
    FaultToleranceOperationProvider operations;

    @Test
    void anAdminWaitsTwoSecondsAtMostForTheAnswer() throws Exception {
        Timeout timeout = activeStakes().getTimeout();

        assertThat(timeout.unit().getDuration().multipliedBy(timeout.value())).hasMillis(2000);
    }

    @Test
    void halfOfTheLastFourCallsFailingStopCallsForTenSeconds() throws Exception {
        CircuitBreaker breaker = activeStakes().getCircuitBreaker();

        assertThat(breaker.requestVolumeThreshold()).isEqualTo(4);
        assertThat(breaker.failureRatio()).isEqualTo(0.5);
        assertThat(breaker.delayUnit().getDuration().multipliedBy(breaker.delay())).hasMillis(10_000);
    }

    private FaultToleranceOperation activeStakes() throws NoSuchMethodException {
        return operations.get(PartnerStakes.class, PartnerStakes.class.getMethod("activeStakes", UUID.class));
    }
}
