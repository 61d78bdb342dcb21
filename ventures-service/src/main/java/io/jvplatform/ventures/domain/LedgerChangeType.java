package io.jvplatform.ventures.domain;

public enum LedgerChangeType {
    SET, TRANSFER
}
