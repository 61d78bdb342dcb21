package io.jvplatform.gateway.health;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.jvplatform.gateway.client.DownstreamOperation;
import io.jvplatform.gateway.client.PartnersSubgraph;
import io.jvplatform.gateway.client.VenturesSubgraph;
import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.security.Caller;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Ready only when both services answer GraphQL: without them the gateway can serve nothing
 * whole. The probe goes through the same facades (timeout, circuit breaker) as real traffic,
 * so a service the breaker has given up on reads as not ready, and the probe is what lets the
 * breaker close again once the service is back. It sends no token (the probe has none to
 * forward): a service that refuses it, with 401 or a GraphQL error, has answered, and is up.
 */
@Readiness
@ApplicationScoped
public class DownstreamReadiness implements AsyncHealthCheck {

    private final VenturesSubgraph ventures;
    private final PartnersSubgraph partners;

    public DownstreamReadiness(VenturesSubgraph ventures, PartnersSubgraph partners) {
        this.ventures = ventures;
        this.partners = partners;
    }

    private static boolean answered(Throwable failure) {
        return failure instanceof ApiException error && !ErrorCodes.UPSTREAM_UNAVAILABLE.equals(error.code());
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        Uni<Boolean> venturesUp = ventures.execute(Caller.ANONYMOUS, DownstreamOperation.PING, Map.of(), null).map(answer -> true)
                .onFailure().recoverWithItem(DownstreamReadiness::answered);
        Uni<Boolean> partnersUp = partners.execute(Caller.ANONYMOUS, DownstreamOperation.PING, Map.of(), null).map(answer -> true)
                .onFailure().recoverWithItem(DownstreamReadiness::answered);
        return Uni.combine().all().unis(venturesUp, partnersUp).asTuple().map(up -> HealthCheckResponse
                .named("downstream services")
                .status(up.getItem1() && up.getItem2())
                .withData(VenturesSubgraph.NAME, up.getItem1() ? "UP" : "DOWN")
                .withData(PartnersSubgraph.NAME, up.getItem2() ? "UP" : "DOWN")
                .build());
    }
}
