package io.jvplatform.ventures.proposal;

import io.jvplatform.ventures.domain.LedgerChangeType;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A proposed ownership change. The change's own fields mirror a ledger entry's; {@code resultingStakes}
 * is the cap table it would give (for a SET, its stakes). Moved only under its row lock, once, from OPEN.
 */
@Entity
@Table(name = "ownership_proposal")
public class ProposalEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "venture_id", nullable = false)
    public UUID ventureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public LedgerChangeType type;

    @Column(name = "based_on_version", nullable = false)
    public int basedOnVersion;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "from_partner_id")
    public UUID fromPartnerId;

    @Column(name = "to_partner_id")
    public UUID toPartnerId;

    @Column(precision = 7, scale = 4)
    public BigDecimal percentage;

    @Column(name = "proposed_by", nullable = false, length = 200)
    public String proposedBy;

    @Column(name = "proposed_by_subject", nullable = false, length = 200)
    public String proposedBySubject;

    @Column(name = "proposed_at", nullable = false)
    public OffsetDateTime proposedAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    /** OPEN, APPROVED, REJECTED or WITHDRAWN; never EXPIRED (read from expiresAt). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ProposalStatus status;

    @Column(name = "decided_by", length = 200)
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_reason", length = 1000)
    public String decisionReason;

    @Column(name = "applied_version")
    public Integer appliedVersion;

    @ElementCollection
    @CollectionTable(name = "ownership_proposal_stake", joinColumns = @JoinColumn(name = "proposal_id"))
    public Set<StakeEmbeddable> resultingStakes = new HashSet<>();
}
