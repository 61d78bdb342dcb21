package io.jvplatform.gateway.support;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Reads the gateway's per-service request counters (the metric {@code gateway.downstream.requests}). */
public final class DownstreamCalls {

    private final MeterRegistry registry;

    public DownstreamCalls(MeterRegistry registry) {
        this.registry = registry;
    }

    public long to(String service) {
        return (long) registry.find(io.jvplatform.gateway.client.DownstreamCalls.REQUESTS).tag("service", service)
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    public Snapshot snapshot() {
        return new Snapshot(to("ventures-service"), to("partners-service"));
    }

    public record Snapshot(long ventures, long partners) {

        public Snapshot minus(Snapshot before) {
            return new Snapshot(ventures - before.ventures, partners - before.partners);
        }

        public long total() {
            return ventures + partners;
        }
    }
}
