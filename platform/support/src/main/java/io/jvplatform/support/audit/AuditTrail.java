package io.jvplatform.support.audit;

import io.jvplatform.support.error.ValidationException;
import io.jvplatform.support.security.Callers;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

/**
 * The audit trail of every write, the same in each service: who (the token's user name), when,
 * the request's trace id, the object and the mutation, and the fields that changed with their
 * values before and after. Append-only: there is no method to change or remove an entry, and the
 * table refuses UPDATE, DELETE and TRUNCATE (db/audit).
 * <p>
 * Covering a mutation is one line where both states are known, inside its transaction, after its
 * checks: {@code audit.record("updateVenture", AuditTarget.of("Venture", id), before, after)}, with
 * the object's API record (or any record or map) as the snapshots, {@code before} null for a
 * create. A refused write throws before that line or rolls it back; a retried idempotent create
 * never runs it (the idempotency store answers instead).
 * <p>
 * The service must include the table's migration ({@code quarkus.flyway.locations=db/migration,db/audit}).
 */
@ApplicationScoped
public class AuditTrail {

    /** Entries per object and page, at most; the default is a screenful. */
    public static final int MAX_PAGE_SIZE = 100;

    private final AuditStore store;
    private final Callers callers;
    private final TraceIds traces;

    AuditTrail(AuditStore store, Callers callers, TraceIds traces) {
        this.store = store;
        this.callers = callers;
        this.traces = traces;
    }

    /** Records that {@code action} changed {@code target} from {@code before} to {@code after}. */
    public void record(String action, AuditTarget target, Object before, Object after) {
        store.append(target, action, callers.current().name(), traces.current(), AuditChanges.between(before, after));
    }

    /**
     * The entries of each trail ({@code trailType} and one id per object), newest first, skipping
     * {@code offset} and at most {@code limit} (1..{@value #MAX_PAGE_SIZE}); same order as
     * {@code trailIds}, one statement for all.
     */
    public List<List<AuditEntry>> pages(String trailType, List<String> trailIds, int offset, int limit) {
        if (offset < 0) {
            throw new ValidationException("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_PAGE_SIZE);
        }
        Map<String, List<AuditEntry>> pages = store.pages(trailType, trailIds.stream().distinct().toList(), offset, limit);
        return trailIds.stream().map(id -> pages.getOrDefault(id, List.of())).toList();
    }
}
