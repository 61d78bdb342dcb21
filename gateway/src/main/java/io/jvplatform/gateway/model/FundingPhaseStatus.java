package io.jvplatform.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a funding phase stands.")
public enum FundingPhaseStatus {
    PLANNED, COMMITTED, UNDER_CONSTRUCTION, OPERATIONAL, CANCELLED
}
