package io.jvplatform.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("A partner's role in a venture without equity.")
public enum ParticipantRole {
    BUILDER, OPERATOR, OFFTAKER, ANCHOR_TENANT, ADVISOR
}
