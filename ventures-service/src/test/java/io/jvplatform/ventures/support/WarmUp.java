package io.jvplatform.ventures.support;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.vars;

/**
 * Both services answer their very first cross-service calls slowly (class loading, JIT, connection
 * set-up) on a busy 2-core machine, slower than the 2 s timeouts meant for warm services. Before the
 * first test uses a cross-service path, drive each path until it succeeds once.
 */
public final class WarmUp {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static boolean done;

    private WarmUp() {
    }

    public static synchronized void ensure() {
        if (done) {
            return;
        }
        done = true;
        String partner = Partners.createWithoutWarmUp("Warm-up");
        String venture = Ventures.create("Warm-up venture");
        // ventures -> partners: partnersByIds behind addParticipant
        until(() -> json(post("""
                mutation Warm($ventureId: ID!, $partnerId: ID!) {
                  addParticipant(ventureId: $ventureId, partnerId: $partnerId, role: ADVISOR) { id }
                }
                """, vars("ventureId", venture, "partnerId", partner))));
        // partners -> ventures: activeStakes behind archivePartner
        String idle = Partners.createWithoutWarmUp("Warm-up idle");
        until(() -> json(Partners.archive(idle, Partners.version(idle))));
    }

    private static void until(Supplier<JsonPath> call) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            JsonPath answer = call.get();
            List<?> errors = answer.getList("errors");
            if (errors == null || errors.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("cross-service call still failing after " + PATIENCE + ": " + errors);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
