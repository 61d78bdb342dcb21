package io.jvplatform.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AdmissionTests {

    private final AtomicInteger shed = new AtomicInteger();
    private final List<CompletableFuture<Void>> running = new ArrayList<>();

    private Admission.Work work() {
        return new Admission.Work() {
            @Override
            public CompletionStage<?> run() {
                CompletableFuture<Void> done = new CompletableFuture<>();
                running.add(done);
                return done;
            }

            @Override
            public void shed() {
                shed.incrementAndGet();
            }
        };
    }

    @Test
    void requestsBeyondTheConcurrencyWaitAndRunWhenOneFinishes() {
        Admission admission = new Admission(2, 10, Long.MAX_VALUE);
        for (int i = 0; i < 5; i++) {
            admission.submit(work());
        }
        assertThat(running).hasSize(2);

        running.get(0).complete(null);

        assertThat(running).hasSize(3);
        assertThat(admission.running()).isEqualTo(2);
        assertThat(shed).hasValue(0);
    }

    @Test
    void aFullLineIsRefusedAtOnceAndTheRestAreServed() {
        Admission admission = new Admission(1, 2, Long.MAX_VALUE);
        for (int i = 0; i < 5; i++) {
            admission.submit(work());
        }
        assertThat(shed).hasValue(2);

        for (int i = 0; i < 3; i++) {
            running.get(i).complete(null);
        }
        assertThat(running).hasSize(3);
        assertThat(admission.running()).isZero();
    }

    @Test
    void aRequestThatWaitedTooLongIsShedNotRun() throws InterruptedException {
        Admission admission = new Admission(1, 10, 1_000_000);
        admission.submit(work());
        admission.submit(work());
        Thread.sleep(5);

        running.get(0).complete(null);

        assertThat(running).hasSize(1);
        assertThat(shed).hasValue(1);
        assertThat(admission.running()).isZero();
    }
}
