package io.jvplatform.ventures.persistence;

import io.jvplatform.ventures.domain.LedgerChangeType;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One ownership ledger entry; inserted once, never updated (the table refuses it). */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntryEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "venture_id", nullable = false)
    public UUID ventureId;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public LedgerChangeType type;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(nullable = false, length = 200)
    public String actor;

    /** The second admin who approved the proposal this entry came from (actor proposed it); null for a direct change. */
    @Column(name = "approved_by", length = 200)
    public String approvedBy;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "from_partner_id")
    public UUID fromPartnerId;

    @Column(name = "to_partner_id")
    public UUID toPartnerId;

    @Column(precision = 7, scale = 4)
    public BigDecimal percentage;

    @ElementCollection
    @CollectionTable(name = "ledger_entry_stake", joinColumns = @JoinColumn(name = "entry_id"))
    public List<StakeEmbeddable> stakes = new ArrayList<>();
}
