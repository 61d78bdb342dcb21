package io.jvplatform.support.audit;

/**
 * What a mutation changed ({@code type} and {@code id}: FundingPhase 7f3e...) and the trail the
 * entry is read under ({@code trailType}, {@code trailId}: the venture the phase belongs to). An
 * object that is its own trail (a venture, a partner) is {@link #of}; a part of one is
 * {@code AuditTarget.of("FundingPhase", phaseId).in("Venture", ventureId)}.
 */
public record AuditTarget(String type, String id, String trailType, String trailId) {

    public static AuditTarget of(String type, String id) {
        return new AuditTarget(type, id, type, id);
    }

    /** This object, read under the trail of {@code trailType} {@code trailId}. */
    public AuditTarget in(String trailType, String trailId) {
        return new AuditTarget(type, id, trailType, trailId);
    }
}
