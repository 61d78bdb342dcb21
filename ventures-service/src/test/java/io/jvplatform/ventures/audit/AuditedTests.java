package io.jvplatform.ventures.audit;

import io.jvplatform.support.audit.AuditTarget;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which trail each audited object is read under: Venture.auditTrail for all that belongs to a venture. */
class AuditedTests {

    @Test
    void aVentureAndAnAgreementAreTrailsOfTheirOwnAndEveryOtherObjectIsFiledUnderItsVenture() {
        UUID venture = UUID.randomUUID();
        UUID phase = UUID.randomUUID();

        assertThat(Audited.venture(venture)).isEqualTo(new AuditTarget("Venture", venture.toString(), "Venture", venture.toString()));
        assertThat(Audited.agreement(phase)).isEqualTo(new AuditTarget("CapacityAgreement", phase.toString(),
                "CapacityAgreement", phase.toString()));
        assertThat(Audited.part(Audited.FUNDING_PHASE, phase, venture))
                .isEqualTo(new AuditTarget("FundingPhase", phase.toString(), "Venture", venture.toString()));
        assertThat(Audited.part(Audited.GOVERNANCE, venture, venture).trailId()).isEqualTo(venture.toString());
    }
}
