package io.jvplatform.gateway.model;

import org.eclipse.microprofile.graphql.Description;

@Description("How an ownership ledger entry changed the cap table.")
public enum LedgerChangeType {
    SET, TRANSFER
}
