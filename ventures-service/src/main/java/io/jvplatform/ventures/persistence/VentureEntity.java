package io.jvplatform.ventures.persistence;

import io.jvplatform.ventures.domain.VentureStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A venture row. {@code version} counts edits of the venture's own attributes;
 * {@code ledgerVersion} counts ownership ledger entries; with {@code ledgerEffectiveDate} and
 * {@code currentStakes} it is the ledger's head (domain.LedgerHead), only moved while the row is locked.
 */
@Entity
@Table(name = "venture")
public class VentureEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "legal_name", length = 200)
    public String legalName;

    @Column(nullable = false, length = 2)
    public String jurisdiction;

    @Column(name = "site_name", length = 200)
    public String siteName;

    @Column(name = "site_region", length = 200)
    public String siteRegion;

    @Column(name = "site_country", length = 2)
    public String siteCountry;

    @Column(length = 100)
    public String program;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public VentureStatus status;

    @Column(name = "announced_date")
    public LocalDate announcedDate;

    @Column(name = "renewable_share", precision = 7, scale = 4)
    public BigDecimal renewableShare;

    @Column(name = "energy_source", length = 200)
    public String energySource;

    @Column(length = 500)
    public String cooling;

    @Column(length = 5000)
    public String description;

    @Column(nullable = false)
    public int version;

    @Column(name = "ledger_version", nullable = false)
    public int ledgerVersion;

    /** The latest ledger entry's effective date; null before the first entry. */
    @Column(name = "ledger_effective_date")
    public LocalDate ledgerEffectiveDate;

    /**
     * Whether ownership changes need a second admin (proposal.ApprovalPolicy). Read from a locked row on the
     * write path and by ApprovalPolicy's own query; the read path's rows (VentureRows) leave it unset.
     */
    @Column(name = "ownership_approval_required", nullable = false)
    public boolean ownershipApprovalRequired;

    @ElementCollection
    @CollectionTable(name = "venture_source", joinColumns = @JoinColumn(name = "venture_id"))
    @OrderColumn(name = "position")
    public List<SourceEmbeddable> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "participant", joinColumns = @JoinColumn(name = "venture_id"))
    public Set<ParticipantEmbeddable> participants = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "stake_holding", joinColumns = @JoinColumn(name = "venture_id"))
    public Set<StakeEmbeddable> currentStakes = new HashSet<>();
}
