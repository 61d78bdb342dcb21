package io.jvplatform.ventures.domain;

public enum FundingPhaseKind {
    INITIAL, EXPANSION, OPTION
}
