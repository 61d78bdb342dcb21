package io.jvplatform.ventures.proposal;

import io.jvplatform.ventures.persistence.VentureEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The per-venture setting "ownership changes need a second admin". Where it is on, setOwnership and
 * transferStake are refused with APPROVAL_REQUIRED and the change goes through a proposal; where it is
 * off (the default) they work directly. It lives on the venture row and is read and changed only on a
 * row its caller has locked, so a switch-on and a direct change never pass each other, and a direct
 * change pays no statement for it.
 */
@ApplicationScoped
public class ApprovalPolicy {

    private final EntityManager entities;

    ApprovalPolicy(EntityManager entities) {
        this.entities = entities;
    }

    /** @param locked the venture, its row locked by the caller's transaction */
    public void refuseDirectChange(VentureEntity locked) {
        if (locked.ownershipApprovalRequired) {
            throw new ApprovalRequiredException();
        }
    }

    /** Of the given ventures, those that need approval: one query. */
    public Set<UUID> requiringApproval(Collection<UUID> ventureIds) {
        if (ventureIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entities.createQuery("select v.id from VentureEntity v where v.id in :ids"
                        + " and v.ownershipApprovalRequired = true", UUID.class)
                .setParameter("ids", ventureIds).getResultList());
    }

    /** @param locked the venture, its row locked by the caller's transaction */
    void set(VentureEntity locked, boolean required) {
        locked.ownershipApprovalRequired = required;
    }
}
