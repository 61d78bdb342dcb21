package io.jvplatform.ventures.proposal;

import io.jvplatform.support.error.ConflictException;

import java.time.OffsetDateTime;

/**
 * Who may decide a proposal and when, without the database: a proposal is decided once, only while
 * open and before it expires; approving and rejecting take a second admin, withdrawing the proposer.
 * Admins are told apart by the token's subject (a user name can be changed, a subject cannot).
 */
final class ProposalRules {

    private ProposalRules() {
    }

    /** What a client reads: an OPEN proposal past its expiry is EXPIRED, whatever the row says. */
    static ProposalStatus status(ProposalStatus stored, OffsetDateTime expiresAt, OffsetDateTime now) {
        return stored == ProposalStatus.OPEN && !now.isBefore(expiresAt) ? ProposalStatus.EXPIRED : stored;
    }

    static void requireApprover(String proposerSubject, String deciderSubject) {
        if (proposerSubject.equals(deciderSubject)) {
            throw new FourEyesException("a proposal must be approved or rejected by another admin than its proposer "
                    + "(withdraw your own instead)");
        }
    }

    static void requireProposer(String proposerSubject, String deciderSubject) {
        if (!proposerSubject.equals(deciderSubject)) {
            throw new FourEyesException("only the admin who proposed a change may withdraw it");
        }
    }

    /** Refuses a decision on a proposal that is not open any more (decided, or expired). */
    static void requireOpen(String id, ProposalStatus status) {
        if (status == ProposalStatus.EXPIRED) {
            throw new ProposalExpiredException(id);
        }
        if (status != ProposalStatus.OPEN) {
            throw new ConflictException("id", "proposal " + id + " is already " + status + ": reload the venture's pending changes");
        }
    }
}
