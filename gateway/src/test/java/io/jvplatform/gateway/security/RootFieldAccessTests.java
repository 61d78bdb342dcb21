package io.jvplatform.gateway.security;

import io.jvplatform.support.security.Caller;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.jvplatform.support.error.ApiException;
import io.jvplatform.support.error.ErrorCodes;
import io.jvplatform.support.security.Roles;

/** Who may ask for each root field, before anything is sent: one row per field and role. */
class RootFieldAccessTests {

    @ParameterizedTest(name = "{0} may be asked by {1}: {2}")
    @CsvSource({
            "venture, viewer, true", "ventures, partner, true", "partner, editor, true", "partners, admin, true",
            "createVenture, viewer, false", "createVenture, partner, false", "createVenture, editor, true", "createVenture, admin, true",
            "updateVenture, editor, true", "addParticipant, editor, true", "removeParticipant, viewer, false",
            "addFundingPhase, editor, true", "updateFundingPhase, partner, false",
            "createPartner, editor, true", "updatePartner, viewer, false",
            "setOwnership, editor, false", "setOwnership, admin, true", "transferStake, editor, false", "transferStake, admin, true",
            "archivePartner, editor, false", "archivePartner, admin, true", "restorePartner, admin, true"})
    void eachRootFieldHasItsRoles(String field, String role, boolean allowed) {
        ApiException refusal = RootFieldAccess.refusal(new Caller("user", Optional.of("sub"), Set.of(role), null, "token"), field);

        if (allowed) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal).isNotNull().extracting(ApiException::code).isEqualTo(ErrorCodes.FORBIDDEN);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"venture", "createVenture", "setOwnership"})
    void withoutATokenEveryFieldIsUnauthenticated(String field) {
        assertThat(RootFieldAccess.refusal(Caller.ANONYMOUS, field).code()).isEqualTo(ErrorCodes.UNAUTHENTICATED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"newMutationWithoutRoles", "_service", "_entities"})
    void aRootFieldWithoutRolesIsRefusedEvenToAnAdmin(String field) {
        assertThat(RootFieldAccess.refusal(new Caller("user", Optional.of("sub"), Set.of(Roles.ADMIN), null, "token"), field).code())
                .isEqualTo(ErrorCodes.FORBIDDEN);
    }
}
