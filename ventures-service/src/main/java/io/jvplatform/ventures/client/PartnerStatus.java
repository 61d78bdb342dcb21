package io.jvplatform.ventures.client;

/** What partners-service says about a partner id. */
public enum PartnerStatus {
    ACTIVE, ARCHIVED, UNKNOWN
}
