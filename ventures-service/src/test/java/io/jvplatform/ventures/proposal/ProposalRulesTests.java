package io.jvplatform.ventures.proposal;

import io.jvplatform.support.error.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProposalRulesTests {

    private static final OffsetDateTime EXPIRES = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void anOpenProposalReadsAsExpiredFromItsExpiryInstantOn() {
        assertThat(ProposalRules.status(ProposalStatus.OPEN, EXPIRES, EXPIRES.minusNanos(1000))).isEqualTo(ProposalStatus.OPEN);
        assertThat(ProposalRules.status(ProposalStatus.OPEN, EXPIRES, EXPIRES)).isEqualTo(ProposalStatus.EXPIRED);
        assertThat(ProposalRules.status(ProposalStatus.OPEN, EXPIRES, EXPIRES.plusDays(30))).isEqualTo(ProposalStatus.EXPIRED);
    }

    @Test
    void aDecidedProposalKeepsItsDecisionAfterItsExpiry() {
        for (ProposalStatus decided : new ProposalStatus[]{ProposalStatus.APPROVED, ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN}) {
            assertThat(ProposalRules.status(decided, EXPIRES, EXPIRES.plusDays(1))).isEqualTo(decided);
        }
    }

    @Test
    void onlyAnOpenProposalMayBeDecidedAndAnExpiredOneSaysSo() {
        assertThatCode(() -> ProposalRules.requireOpen("p", ProposalStatus.OPEN)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ProposalRules.requireOpen("p", ProposalStatus.EXPIRED)).isInstanceOf(ProposalExpiredException.class);
        assertThatThrownBy(() -> ProposalRules.requireOpen("p", ProposalStatus.APPROVED)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ProposalRules.requireOpen("p", ProposalStatus.WITHDRAWN)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theApproverMustBeAnotherAdminAndTheWithdrawerTheProposer() {
        assertThatThrownBy(() -> ProposalRules.requireApprover("sub-1", "sub-1")).isInstanceOf(FourEyesException.class);
        assertThatCode(() -> ProposalRules.requireApprover("sub-1", "sub-2")).doesNotThrowAnyException();
        assertThatThrownBy(() -> ProposalRules.requireProposer("sub-1", "sub-2")).isInstanceOf(FourEyesException.class);
        assertThatCode(() -> ProposalRules.requireProposer("sub-1", "sub-1")).doesNotThrowAnyException();
    }
}
