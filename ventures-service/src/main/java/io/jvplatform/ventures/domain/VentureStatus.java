package io.jvplatform.ventures.domain;

public enum VentureStatus {
    ANNOUNCED, ACTIVE, STALLED, DISSOLVED
}
