package io.jvplatform.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of company a partner is.")
public enum PartnerKind {
    AI_LAB, INDUSTRIAL, INFRASTRUCTURE_PROVIDER, INVESTOR, UTILITY, GOVERNMENT, OTHER
}
