package io.jvplatform.gateway.security;

import io.jvplatform.support.security.Caller;
import java.util.Map;
import java.util.Set;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ForbiddenException;
import io.jvplatform.support.error.UnauthenticatedException;
import io.jvplatform.support.security.Roles;

/**
 * Who may ask for each root field of the public schema, checked before anything is sent to a
 * service. Every reading role may query (what a partner user gets back is scoped by the
 * resolution); editors write venture data, capacity agreements and partners; ownership (with its
 * proposals and their approval), governance (board, chair, deadlock mechanism, reserved matters) and
 * archiving are the admin's.
 * A root field missing here is refused: a new field must be given its roles.
 */
public final class RootFieldAccess {

    private static final Set<String> READERS = Set.of(Roles.VIEWER, Roles.PARTNER, Roles.EDITOR, Roles.ADMIN);
    private static final Set<String> EDITORS = Set.of(Roles.EDITOR, Roles.ADMIN);
    private static final Set<String> ADMINS = Set.of(Roles.ADMIN);

    private static final Map<String, Set<String>> ROLES = Map.ofEntries(
            Map.entry("venture", READERS), Map.entry("ventures", READERS),
            Map.entry("partner", READERS), Map.entry("partners", READERS),
            Map.entry("createVenture", EDITORS), Map.entry("updateVenture", EDITORS),
            Map.entry("addParticipant", EDITORS), Map.entry("removeParticipant", EDITORS),
            Map.entry("addFundingPhase", EDITORS), Map.entry("updateFundingPhase", EDITORS),
            Map.entry("createPartner", EDITORS), Map.entry("updatePartner", EDITORS),
            Map.entry("setOwnership", ADMINS), Map.entry("transferStake", ADMINS),
            Map.entry("archivePartner", ADMINS), Map.entry("restorePartner", ADMINS),
            // four eyes: any admin proposes and decides (ventures-service tells proposer from approver)
            Map.entry("proposeSetOwnership", ADMINS), Map.entry("proposeTransferStake", ADMINS),
            Map.entry("approveOwnershipProposal", ADMINS), Map.entry("rejectOwnershipProposal", ADMINS),
            Map.entry("withdrawOwnershipProposal", ADMINS), Map.entry("setOwnershipApprovalRequired", ADMINS),
            Map.entry("agreement", READERS), Map.entry("agreements", READERS),
            Map.entry("createAgreement", EDITORS), Map.entry("updateAgreement", EDITORS),
            Map.entry("addBoardSeat", ADMINS), Map.entry("endBoardSeat", ADMINS), Map.entry("setBoardChair", ADMINS),
            Map.entry("setDeadlockMechanism", ADMINS), Map.entry("addReservedMatter", ADMINS),
            Map.entry("removeReservedMatter", ADMINS));

    private RootFieldAccess() {
    }

    /** The refusal for {@code caller} asking for {@code field}, or null when allowed. */
    public static ApiException refusal(Caller caller, String field) {
        if (caller.bearerToken() == null) {
            return new UnauthenticatedException();
        }
        Set<String> allowed = ROLES.getOrDefault(field, Set.of());
        for (String role : caller.roles()) {
            if (allowed.contains(role)) {
                return null;
            }
        }
        return new ForbiddenException();
    }
}
