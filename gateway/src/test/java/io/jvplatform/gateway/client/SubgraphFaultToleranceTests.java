package io.jvplatform.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.security.Caller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.FaultToleranceOperationProvider;
import io.smallrye.faulttolerance.config.FaultToleranceOperation;

/**
 * The facades' timeout and breaker are the numbers application.properties gives (and argues for),
 * not the annotations' defaults (1 s timeout, a breaker over 20 calls open for 5 s): a key the
 * fault tolerance does not read would leave those defaults in place, and these tests would fail.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class SubgraphFaultToleranceTests {

    @Inject
    FaultToleranceOperationProvider operations;

    @ParameterizedTest
    @ValueSource(classes = {VenturesSubgraph.class, PartnersSubgraph.class})
    void aHungServiceIsGivenTwoSeconds(Class<?> facade) throws Exception {
        Timeout timeout = execute(facade).getTimeout();

        assertThat(timeout.unit().getDuration().multipliedBy(timeout.value())).hasMillis(2000);
    }

    @ParameterizedTest
    @ValueSource(classes = {VenturesSubgraph.class, PartnersSubgraph.class})
    void halfOfTheLastFourCallsFindingTheServiceDownStopCallsForThreeSeconds(Class<?> facade) throws Exception {
        CircuitBreaker breaker = execute(facade).getCircuitBreaker();

        assertThat(breaker.requestVolumeThreshold()).isEqualTo(4);
        assertThat(breaker.failureRatio()).isEqualTo(0.5);
        assertThat(breaker.delayUnit().getDuration().multipliedBy(breaker.delay())).hasMillis(3000);
        assertThat(breaker.failOn()).containsExactly(ServiceDownException.class);
        assertThat(breaker.skipOn()).containsExactly(ApiException.class);
    }

    private FaultToleranceOperation execute(Class<?> facade) throws NoSuchMethodException {
        Method execute = facade.getMethod("execute", Caller.class, DownstreamOperation.class, Map.class, String.class);
        return operations.get(facade, execute);
    }
}
