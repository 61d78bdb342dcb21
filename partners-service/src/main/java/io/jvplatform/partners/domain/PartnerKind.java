package io.jvplatform.partners.domain;

/** What kind of company a partner is; the GraphQL enum {@code PartnerKind}. */
public enum PartnerKind {
    AI_LAB,
    INDUSTRIAL,
    INFRASTRUCTURE_PROVIDER,
    INVESTOR,
    UTILITY,
    GOVERNMENT,
    OTHER
}
