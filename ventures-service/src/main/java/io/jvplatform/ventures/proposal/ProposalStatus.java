package io.jvplatform.ventures.proposal;

import org.eclipse.microprofile.graphql.Description;

@Description("OPEN until a second admin approves or rejects it, its proposer withdraws it, or it expires")
public enum ProposalStatus {
    OPEN,
    @Description("appended to the ledger (appliedVersion)")
    APPROVED,
    REJECTED,
    WITHDRAWN,
    @Description("left open past expiresAt: never applied (not stored: an open proposal reads so once its time is up)")
    EXPIRED
}
