package io.jvplatform.gateway.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One level of a request's resolution: at most one document per service, sent together, and
 * what to do with each answer. The number of calls per level is therefore constant — two at
 * most — whatever the number of rows or of places in the query that need a service.
 */
final class Batch {

    final boolean mutation;
    final Document ventures;
    final Document partners;
    final List<Consumer<Outcome>> onVentures = new ArrayList<>();
    final List<Consumer<Outcome>> onPartners = new ArrayList<>();

    Batch(String kind) {
        this.mutation = "mutation".equals(kind);
        this.ventures = new Document(kind);
        this.partners = new Document(kind);
    }
}
