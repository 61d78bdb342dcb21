package io.jvplatform.ventures.domain;

public enum FundingPhaseStatus {
    PLANNED, COMMITTED, UNDER_CONSTRUCTION, OPERATIONAL, CANCELLED
}
