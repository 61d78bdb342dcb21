package io.jvplatform.ventures.persistence;

import io.jvplatform.ventures.domain.FundingPhaseKind;
import io.jvplatform.ventures.domain.FundingPhaseStatus;
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
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "funding_phase")
public class FundingPhaseEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "venture_id", nullable = false)
    public UUID ventureId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false)
    public int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public FundingPhaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public FundingPhaseStatus status;

    @Column(name = "capital_amount", precision = 19, scale = 2)
    public BigDecimal capitalAmount;

    @Column(name = "capital_currency", length = 3)
    public String capitalCurrency;

    @Column(name = "capacity_mw", precision = 12, scale = 3)
    public BigDecimal capacityMw;

    @Column(name = "target_date")
    public LocalDate targetDate;

    @Column(nullable = false)
    public int version;

    @ElementCollection
    @CollectionTable(name = "funding_phase_source", joinColumns = @JoinColumn(name = "funding_phase_id"))
    @OrderColumn(name = "position")
    public List<SourceEmbeddable> sources = new ArrayList<>();
}
