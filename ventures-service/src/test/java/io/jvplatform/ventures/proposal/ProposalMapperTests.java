package io.jvplatform.ventures.proposal;

import io.jvplatform.ventures.domain.CapTable;
import io.jvplatform.ventures.domain.LedgerChangeType;
import io.jvplatform.ventures.domain.LedgerHead;
import io.jvplatform.ventures.domain.OwnershipChange;
import io.jvplatform.ventures.domain.SetOwnership;
import io.jvplatform.ventures.domain.Stake;
import io.jvplatform.ventures.domain.TransferStake;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proposal between its row, the change an approval hands to the ledger, and what clients read:
 * its status (EXPIRED is read, never stored), whether it went stale, and the table it would give.
 */
class ProposalMapperTests {

    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AKER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID OPENAI = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final LocalDate FOUNDED = LocalDate.of(2025, 7, 31);
    private static final OffsetDateTime PROPOSED = OffsetDateTime.of(2026, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime EXPIRES = PROPOSED.plusDays(14);
    private static final SetOwnership FOUNDING = new SetOwnership(0, FOUNDED, "founding",
            List.of(new Stake(NSCALE, new BigDecimal("50")), new Stake(AKER, new BigDecimal("50"))));
    private static final LedgerHead FOUNDED_HEAD = LedgerHead.empty().after(LedgerHead.empty().entryFor(FOUNDING, "admin", PROPOSED));

    @Test
    void aProposedSetGivesBackTheSameChange() {
        SetOwnership restructuring = new SetOwnership(1, FOUNDED.plusDays(10), "restructuring",
                List.of(new Stake(NSCALE, new BigDecimal("60")), new Stake(AKER, new BigDecimal("40"))));

        ProposalEntity proposal = proposed(restructuring);

        assertThat(proposal.type).isEqualTo(LedgerChangeType.SET);
        assertThat(proposal.fromPartnerId).isNull();
        assertThat(ProposalMapper.change(proposal)).isInstanceOfSatisfying(SetOwnership.class, set -> {
            assertThat(set.basedOnVersion()).isEqualTo(1);
            assertThat(set.effectiveDate()).isEqualTo(FOUNDED.plusDays(10));
            assertThat(set.reason()).isEqualTo("restructuring");
            assertThat(set.stakes()).containsExactlyInAnyOrderElementsOf(restructuring.stakes());
        });
    }

    @Test
    void aProposedTransferGivesBackTheSameChangeAndKeepsTheTableItWouldGive() {
        TransferStake sale = new TransferStake(1, FOUNDED.plusDays(3), "sale", AKER, OPENAI, new BigDecimal("20"));

        ProposalEntity proposal = proposed(sale);

        assertThat(ProposalMapper.change(proposal)).isEqualTo(sale);
        assertThat(proposal.resultingStakes).containsExactlyInAnyOrder(new StakeEmbeddable(NSCALE, new BigDecimal("50.0000")),
                new StakeEmbeddable(AKER, new BigDecimal("30.0000")), new StakeEmbeddable(OPENAI, new BigDecimal("20.0000")));
    }

    @Test
    void aSetReadsWithItsStakesAndNoTransferFields() {
        var api = ProposalMapper.toApi(open(proposed(new SetOwnership(1, FOUNDED, "restructuring",
                List.of(new Stake(AKER, new BigDecimal("40")), new Stake(NSCALE, new BigDecimal("60")))))), 1, PROPOSED);

        assertThat(api.type()).isEqualTo(LedgerChangeType.SET);
        assertThat(api.stakes()).extracting(stake -> stake.partner().id() + " " + stake.percentage())
                .containsExactly(NSCALE + " 60.0000", AKER + " 40.0000");
        assertThat(api.from()).isNull();
        assertThat(api.to()).isNull();
        assertThat(api.percentage()).isNull();
    }

    @Test
    void aTransferReadsWithItsPartiesAndNoStakes() {
        var api = ProposalMapper.toApi(open(proposed(new TransferStake(1, FOUNDED, "sale", AKER, OPENAI, new BigDecimal("20")))), 1, PROPOSED);

        assertThat(api.type()).isEqualTo(LedgerChangeType.TRANSFER);
        assertThat(api.stakes()).isNull();
        assertThat(api.from().id()).isEqualTo(AKER.toString());
        assertThat(api.to().id()).isEqualTo(OPENAI.toString());
        assertThat(api.percentage()).isEqualTo(new BigDecimal("20.0000"));
    }

    @Test
    void theResultingTableIsInForceFromTheEffectiveDateAtTheNextVersion() {
        var api = ProposalMapper.toApi(open(proposed(new TransferStake(1, FOUNDED.plusDays(3), "sale", AKER, OPENAI,
                new BigDecimal("50")))), 1, PROPOSED);

        assertThat(api.resultingOwnership().asOf()).isEqualTo(FOUNDED.plusDays(3));
        assertThat(api.resultingOwnership().ledgerVersion()).isEqualTo(2);
        assertThat(api.resultingOwnership().stakes()).extracting(stake -> stake.partner().id())
                .containsExactly(NSCALE.toString(), OPENAI.toString());
        assertThat(api.resultingOwnership().parity()).isTrue();
    }

    /** A proposal based on version 1, read while the ledger is at {@code ledgerVersion}. */
    @ParameterizedTest(name = "{0}, ledger at {1}: stale {2}")
    @CsvSource({
            "OPEN,      1, false",
            "OPEN,      2, true",
            "OPEN,      0, true",
            "APPROVED,  2, false",
            "REJECTED,  2, false",
            "WITHDRAWN, 2, false"})
    void onlyAnOpenProposalWhoseBaseTheLedgerMovedPastIsStale(ProposalStatus stored, int ledgerVersion, boolean stale) {
        ProposalEntity proposal = open(proposed(new TransferStake(1, FOUNDED, "sale", AKER, OPENAI, BigDecimal.ONE)));
        proposal.status = stored;

        assertThat(ProposalMapper.toApi(proposal, ledgerVersion, PROPOSED).stale()).isEqualTo(stale);
    }

    @Test
    void anOpenProposalPastItsExpiryReadsExpiredAndIsNotStale() {
        ProposalEntity proposal = open(proposed(new TransferStake(1, FOUNDED, "sale", AKER, OPENAI, BigDecimal.ONE)));

        var api = ProposalMapper.toApi(proposal, 5, EXPIRES);

        assertThat(api.status()).isEqualTo(ProposalStatus.EXPIRED);
        assertThat(api.stale()).isFalse();
        assertThat(proposal.status).as("the row still says OPEN").isEqualTo(ProposalStatus.OPEN);
        assertThat(ProposalMapper.toApi(proposal, 5, EXPIRES.minusSeconds(1)).status()).isEqualTo(ProposalStatus.OPEN);
    }

    @Test
    void aDecisionReadsWithWhoWhenWhyAndTheVersionItApplied() {
        ProposalEntity proposal = open(proposed(new TransferStake(1, FOUNDED, "sale", AKER, OPENAI, BigDecimal.ONE)));
        proposal.status = ProposalStatus.APPROVED;
        proposal.decidedBy = "admin2";
        proposal.decidedAt = PROPOSED.plusHours(2);
        proposal.appliedVersion = 2;

        var api = ProposalMapper.toApi(proposal, 2, EXPIRES.plusDays(1));

        assertThat(api.status()).as("a decision outlives the expiry").isEqualTo(ProposalStatus.APPROVED);
        assertThat(api.decidedBy()).isEqualTo("admin2");
        assertThat(api.decidedAt()).isEqualTo(PROPOSED.plusHours(2));
        assertThat(api.appliedVersion()).isEqualTo(2);
        assertThat(api.proposedBy()).isEqualTo("admin");
        assertThat(api.expiresAt()).isEqualTo(EXPIRES);
        assertThat(api.id()).isEqualTo(proposal.id.toString());
        assertThat(api.ventureId()).isEqualTo(proposal.ventureId.toString());
    }

    /** As ProposalService makes one: the change checked against the founded head, and the table it would give. */
    private static ProposalEntity proposed(OwnershipChange change) {
        ProposalEntity proposal = new ProposalEntity();
        CapTable resulting = FOUNDED_HEAD.after(FOUNDED_HEAD.entryFor(change, "admin", null, PROPOSED)).latest();
        ProposalMapper.apply(change, resulting, proposal);
        return proposal;
    }

    private static ProposalEntity open(ProposalEntity proposal) {
        proposal.id = UUID.randomUUID();
        proposal.ventureId = UUID.randomUUID();
        proposal.proposedBy = "admin";
        proposal.proposedBySubject = "sub-admin";
        proposal.proposedAt = PROPOSED;
        proposal.expiresAt = EXPIRES;
        proposal.status = ProposalStatus.OPEN;
        return proposal;
    }
}
