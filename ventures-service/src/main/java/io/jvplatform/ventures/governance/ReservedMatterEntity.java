package io.jvplatform.ventures.governance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "reserved_matter")
public class ReservedMatterEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "venture_id", nullable = false)
    public UUID ventureId;

    @Column(nullable = false, length = 200)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ApprovalRule approval;

    @Column(name = "threshold_percent", precision = 7, scale = 4)
    public BigDecimal thresholdPercent;

    @Column(name = "above_amount", precision = 19, scale = 2)
    public BigDecimal aboveAmount;

    @Column(name = "above_currency", length = 3)
    public String aboveCurrency;

    @Column(length = 2000)
    public String description;
}
