package io.jvplatform.ventures.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Whether a venture's ownership changes need a second admin; no row is "no". */
@Entity
@Table(name = "ownership_approval_policy")
public class ApprovalPolicyEntity extends PanacheEntityBase {

    @Id
    @Column(name = "venture_id")
    public UUID ventureId;

    @Column(nullable = false)
    public boolean required;

    @Column(name = "changed_by", nullable = false, length = 200)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
