package io.jvplatform.ventures.proposal;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ErrorCodes;
import io.smallrye.graphql.api.ErrorCode;

/** A direct ownership change on a venture that needs a second admin: the client should propose it instead. */
@ErrorCode(ErrorCodes.APPROVAL_REQUIRED)
public class ApprovalRequiredException extends ApiException {

    public ApprovalRequiredException() {
        super("ventureId", "ownership changes of this venture need a second admin's approval: propose the change "
                + "(proposeSetOwnership or proposeTransferStake) instead");
    }
}
