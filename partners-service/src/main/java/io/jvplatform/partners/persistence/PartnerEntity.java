package io.jvplatform.partners.persistence;

import io.jvplatform.partners.domain.PartnerKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/** A partner row; stays inside the service (clients see {@link io.jvplatform.partners.api.Partner}). */
@Entity
@Table(name = "partner")
public class PartnerEntity extends PanacheEntityBase {

    /** Names of the unique indexes (see V1__create_partner.sql), so a violation can name the field. */
    public static final String UNIQUE_NAME = "partner_name_lower_key";
    public static final String UNIQUE_LEI = "partner_lei_key";
    /** PostgreSQL's name for the primary key of table partner (a client may choose the id). */
    public static final String PRIMARY_KEY = "partner_pkey";

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "legal_name", length = 300)
    public String legalName;

    @Column(length = 20)
    public String lei;

    @Column(nullable = false, length = 2)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public PartnerKind kind;

    @Column(length = 2048)
    public String website;

    @Column(length = 10000)
    public String description;

    @Column(nullable = false)
    public boolean archived;

    /** Hibernate adds {@code where version = ?} to every update, so a concurrent edit fails instead of being lost. */
    @Version
    @Column(nullable = false)
    public int version;
}
