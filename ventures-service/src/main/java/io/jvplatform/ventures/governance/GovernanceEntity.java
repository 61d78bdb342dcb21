package io.jvplatform.ventures.governance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A venture's chair and deadlock settings; no row until they are first set (version 0, no chair, NONE). */
@Entity
@Table(name = "venture_governance")
public class GovernanceEntity extends PanacheEntityBase {

    @Id
    @Column(name = "venture_id")
    public UUID ventureId;

    @Column(name = "chair_seat_id")
    public UUID chairSeatId;

    @Column(name = "chair_casting_vote", nullable = false)
    public boolean chairCastingVote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public DeadlockMechanism mechanism = DeadlockMechanism.NONE;

    @Column(name = "mechanism_note", length = 1000)
    public String mechanismNote;

    @Column(nullable = false)
    public int version;

    static GovernanceEntity unset(UUID ventureId) {
        GovernanceEntity settings = new GovernanceEntity();
        settings.ventureId = ventureId;
        return settings;
    }
}
