package io.jvplatform.gateway.resolve;

import java.util.Set;

/** Which service owns each mutation of the public schema (same names and arguments as there). */
final class Mutations {

    private static final Set<String> OF_VENTURES = Set.of("createVenture", "updateVenture", "addParticipant",
            "removeParticipant", "setOwnership", "transferStake", "addFundingPhase", "updateFundingPhase",
            // ownership changes under four eyes (ventures-service's proposal concern)
            "proposeSetOwnership", "proposeTransferStake", "approveOwnershipProposal", "rejectOwnershipProposal",
            "withdrawOwnershipProposal", "setOwnershipApprovalRequired",
            // governance and capacity agreements
            "addBoardSeat", "endBoardSeat", "setBoardChair", "setDeadlockMechanism", "addReservedMatter",
            "removeReservedMatter", "createAgreement", "updateAgreement");
    private static final Set<String> OF_PARTNERS = Set.of("createPartner", "updatePartner", "archivePartner",
            "restorePartner");

    private Mutations() {
    }

    static boolean ofVentures(String mutation) {
        if (OF_VENTURES.contains(mutation)) {
            return true;
        }
        if (OF_PARTNERS.contains(mutation)) {
            return false;
        }
        throw new IllegalStateException("no service owns the mutation " + mutation);
    }
}
