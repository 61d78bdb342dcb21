package io.jvplatform.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("What a funding phase is for.")
public enum FundingPhaseKind {
    INITIAL, EXPANSION, OPTION
}
