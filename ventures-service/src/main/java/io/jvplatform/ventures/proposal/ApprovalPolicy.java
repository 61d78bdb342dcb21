package io.jvplatform.ventures.proposal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The per-venture setting "ownership changes need a second admin". Where it is on, setOwnership and
 * transferStake are refused with APPROVAL_REQUIRED and the change goes through a proposal; where it is
 * off (the default) they work directly. Callers hold the venture's row lock when they read it for a write
 * and when they change it, so a switch-on and a direct change never pass each other.
 */
@ApplicationScoped
public class ApprovalPolicy implements PanacheRepositoryBase<ApprovalPolicyEntity, UUID> {

    public boolean requiresApproval(UUID ventureId) {
        return findByIdOptional(ventureId).map(policy -> policy.required).orElse(false);
    }

    public void refuseDirectChange(UUID ventureId) {
        if (requiresApproval(ventureId)) {
            throw new ApprovalRequiredException();
        }
    }

    /** Of the given ventures, those that need approval: one query. */
    public Set<UUID> requiringApproval(Collection<UUID> ventureIds) {
        if (ventureIds.isEmpty()) {
            return Set.of();
        }
        return find("ventureId in ?1 and required = true", ventureIds).stream()
                .map(policy -> policy.ventureId).collect(Collectors.toSet());
    }

    /** Writes the setting (the caller holds the venture's lock). */
    void set(UUID ventureId, boolean required, String actor, OffsetDateTime now) {
        ApprovalPolicyEntity policy = findByIdOptional(ventureId).orElse(null);
        boolean created = policy == null;
        if (created) {
            policy = new ApprovalPolicyEntity();
            policy.ventureId = ventureId;
        }
        policy.required = required;
        policy.changedBy = actor;
        policy.changedAt = now;
        if (created) {
            persist(policy);
        }
    }
}
