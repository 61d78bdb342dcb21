package io.jvplatform.gateway.access;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import io.smallrye.mutiny.Uni;

/** Turns a data loader's future into a Uni, failing with the cause rather than its wrapper. */
final class Loads {

    private Loads() {
    }

    static <T> Uni<T> uni(CompletionStage<T> stage) {
        return Uni.createFrom().completionStage(stage)
                .onFailure(CompletionException.class).transform(Throwable::getCause);
    }
}
