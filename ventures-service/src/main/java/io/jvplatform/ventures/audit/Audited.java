package io.jvplatform.ventures.audit;

import io.jvplatform.support.audit.AuditTarget;

/**
 * The objects of this service that the audit trail (service-support's {@code AuditTrail}) names,
 * and the trail each is read under: everything that belongs to a venture (its participants,
 * funding phases, ownership ledger, proposals, board and reserved matters) is in {@code Venture.auditTrail};
 * a capacity agreement, which belongs to no venture, is a trail of its own.
 */
public final class Audited {

    public static final String VENTURE = "Venture";
    public static final String FUNDING_PHASE = "FundingPhase";
    public static final String OWNERSHIP_PROPOSAL = "OwnershipProposal";
    public static final String BOARD_SEAT = "BoardSeat";
    /** A venture's chair and deadlock settings, one per venture: its id is the venture's. */
    public static final String GOVERNANCE = "Governance";
    public static final String RESERVED_MATTER = "ReservedMatter";
    /** A capacity agreement belongs to no venture: it is a trail of its own ({@code CapacityAgreement.auditTrail}). */
    public static final String CAPACITY_AGREEMENT = "CapacityAgreement";

    private Audited() {
    }

    /** The venture itself (its attributes, participants, ownership). */
    public static AuditTarget venture(Object ventureId) {
        return AuditTarget.of(VENTURE, ventureId.toString());
    }

    /** A capacity agreement, its own trail. */
    public static AuditTarget agreement(Object agreementId) {
        return AuditTarget.of(CAPACITY_AGREEMENT, agreementId.toString());
    }

    /** An object of the venture's, such as a funding phase: {@code part(FUNDING_PHASE, phaseId, ventureId)}. */
    public static AuditTarget part(String type, Object id, Object ventureId) {
        return AuditTarget.of(type, id.toString()).in(VENTURE, ventureId.toString());
    }
}
