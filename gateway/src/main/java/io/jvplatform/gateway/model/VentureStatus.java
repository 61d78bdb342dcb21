package io.jvplatform.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a venture stands.")
public enum VentureStatus {
    ANNOUNCED, ACTIVE, STALLED, DISSOLVED
}
