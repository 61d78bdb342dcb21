package io.jvplatform.ventures.agreement;

/** Where a capacity agreement stands. */
public enum AgreementStatus {
    ANNOUNCED, SIGNED, ACTIVE, EXPIRED, TERMINATED
}
