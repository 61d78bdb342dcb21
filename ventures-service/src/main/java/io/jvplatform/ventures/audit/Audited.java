package io.jvplatform.ventures.audit;

import io.jvplatform.support.audit.AuditTarget;

/**
 * The objects of this service that the audit trail (service-support's {@code AuditTrail}) names,
 * and the trail each is read under: everything that belongs to a venture (its participants,
 * funding phases, ownership ledger, and whatever is added to it) is in {@code Venture.auditTrail}.
 */
public final class Audited {

    public static final String VENTURE = "Venture";
    public static final String FUNDING_PHASE = "FundingPhase";

    private Audited() {
    }

    /** The venture itself (its attributes, participants, ownership). */
    public static AuditTarget venture(Object ventureId) {
        return AuditTarget.of(VENTURE, ventureId.toString());
    }

    /** An object of the venture's, such as a funding phase: {@code part(FUNDING_PHASE, phaseId, ventureId)}. */
    public static AuditTarget part(String type, Object id, Object ventureId) {
        return AuditTarget.of(type, id.toString()).in(VENTURE, ventureId.toString());
    }
}
