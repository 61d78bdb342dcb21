package io.jvplatform.ventures.agreement;

import io.jvplatform.ventures.persistence.SourceEmbeddable;
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
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A capacity agreement between partners (not a joint venture). Its parties and sources are loaded
 * for up to a page of agreements at once ({@code @BatchSize}), not one query per agreement.
 */
@Entity
@Table(name = "capacity_agreement")
public class CapacityAgreementEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 100)
    public String program;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AgreementStatus status;

    @Column(name = "capacity_mw", precision = 12, scale = 3)
    public BigDecimal capacityMw;

    @Column(name = "value_amount", precision = 19, scale = 2)
    public BigDecimal valueAmount;

    @Column(name = "value_currency", length = 3)
    public String valueCurrency;

    @Column(name = "announced_date")
    public LocalDate announcedDate;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(length = 5000)
    public String description;

    @Column(nullable = false)
    public int version;

    @ElementCollection
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @BatchSize(size = 100)
    public Set<AgreementPartyEmbeddable> parties = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_source", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<SourceEmbeddable> sources = new ArrayList<>();
}
