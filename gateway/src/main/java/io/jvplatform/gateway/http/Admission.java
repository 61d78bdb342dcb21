package io.jvplatform.gateway.http;

import java.util.Queue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.jvplatform.gateway.config.GatewayConfig;

/**
 * Bounds the requests the gateway executes at once, so that more clients than the platform can
 * serve wait in line instead of all slowing down together until every downstream call times
 * out. The line is bounded too: a request that finds it full, or waits longer than allowed, is
 * shed at once with an explicit refusal (503 with Retry-After), and every other request gets
 * a whole answer.
 */
@ApplicationScoped
public class Admission {

    /** Work to run when admitted, and what to answer when shed. */
    public interface Work {

        CompletionStage<?> run();

        void shed();
    }

    private record Waiting(Work work, long since) {
    }

    private final int maxConcurrent;
    private final int maxQueued;
    private final long maxWaitNanos;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger queued = new AtomicInteger();
    private final Queue<Waiting> line = new ConcurrentLinkedQueue<>();

    @Inject
    public Admission(GatewayConfig config) {
        this(config.admission().maxConcurrent(), config.admission().maxQueued(),
                config.admission().maxWaitMillis() * 1_000_000L);
    }

    Admission(int maxConcurrent, int maxQueued, long maxWaitNanos) {
        this.maxConcurrent = maxConcurrent;
        this.maxQueued = maxQueued;
        this.maxWaitNanos = maxWaitNanos;
    }

    public void submit(Work work) {
        if (running.incrementAndGet() <= maxConcurrent) {
            start(work);
            return;
        }
        running.decrementAndGet();
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            work.shed();
            return;
        }
        line.add(new Waiting(work, System.nanoTime()));
        // a request may have finished between the check above and joining the line
        drain();
    }

    int running() {
        return running.get();
    }

    private void start(Work work) {
        CompletionStage<?> done;
        try {
            done = work.run();
        } catch (RuntimeException e) {
            finished();
            throw e;
        }
        done.whenComplete((result, failure) -> finished());
    }

    private void finished() {
        running.decrementAndGet();
        drain();
    }

    private void drain() {
        while (!line.isEmpty()) {
            if (running.incrementAndGet() > maxConcurrent) {
                running.decrementAndGet();
                return;
            }
            Waiting next = line.poll();
            if (next == null) {
                running.decrementAndGet();
                return;
            }
            queued.decrementAndGet();
            if (System.nanoTime() - next.since() > maxWaitNanos) {
                running.decrementAndGet();
                next.work().shed();
                continue;
            }
            start(next.work());
        }
    }
}
