package io.jvplatform.ventures.proposal;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ErrorCodes;
import io.smallrye.graphql.api.ErrorCode;

/** The proposal was left open past its expiry: it is never applied, and nothing more is decided on it. */
@ErrorCode(ErrorCodes.PROPOSAL_EXPIRED)
public class ProposalExpiredException extends ApiException {

    public ProposalExpiredException(String id) {
        super("id", "proposal " + id + " has expired and can no longer be decided: propose the change again");
    }
}
