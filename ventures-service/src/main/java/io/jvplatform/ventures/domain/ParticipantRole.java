package io.jvplatform.ventures.domain;

public enum ParticipantRole {
    BUILDER, OPERATOR, OFFTAKER, ANCHOR_TENANT, ADVISOR
}
