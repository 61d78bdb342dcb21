package io.jvplatform.gateway.security;

import io.jvplatform.support.security.Caller;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jvplatform.support.error.ErrorCodes;

class FieldAccessTests {

    @ParameterizedTest(name = "{0} reading {1}.{2}: {3}")
    @CsvSource({
            "admin, Venture, auditTrail, allowed",
            "admin, Partner, auditTrail, allowed",
            "editor, Venture, auditTrail, FORBIDDEN",
            "viewer, Partner, auditTrail, FORBIDDEN",
            "partner, Venture, auditTrail, FORBIDDEN",
            "admin, CapacityAgreement, auditTrail, allowed",
            "viewer, CapacityAgreement, auditTrail, FORBIDDEN",
            "viewer, Venture, name, allowed",
            "partner, Partner, ventures, allowed",
    })
    void theAuditTrailsAreTheAdminsAndEveryOtherFieldIsUnrestricted(String role, String type, String field, String outcome) {
        Caller caller = new Caller("user", Optional.of("sub"), Set.of(role), null, "token");

        var refusal = FieldAccess.refusal(caller, type, field);

        assertThat(refusal == null ? "allowed" : refusal.code()).isEqualTo(outcome);
    }

    @ParameterizedTest
    @CsvSource({"Venture, auditTrail", "CapacityAgreement, auditTrail"})
    void withoutATokenARestrictedFieldIsUnauthenticated(String type, String field) {
        assertThat(FieldAccess.refusal(Caller.ANONYMOUS, type, field).code()).isEqualTo(ErrorCodes.UNAUTHENTICATED);
    }
}
