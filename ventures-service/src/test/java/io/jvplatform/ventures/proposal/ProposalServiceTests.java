package io.jvplatform.ventures.proposal;

import io.jvplatform.support.security.Callers;
import io.jvplatform.ventures.api.model.Venture;
import io.jvplatform.ventures.domain.LedgerChangeType;
import io.jvplatform.ventures.domain.VentureStatus;
import io.jvplatform.ventures.mapping.VentureMapper;
import io.jvplatform.ventures.persistence.StakeEmbeddable;
import io.jvplatform.ventures.persistence.VentureEntity;
import io.jvplatform.ventures.persistence.VentureRepository;
import io.jvplatform.ventures.support.Refusal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Who may decide a proposal and when, through the service's own entry points (every refusal comes
 * before the ledger is asked: none needs it here), and the batched reads of proposals and of the
 * four-eyes setting, each one question for all ventures whatever their order or repetitions.
 */
class ProposalServiceTests {

    private static final String PROPOSER = "sub-admin";
    private static final String SECOND_ADMIN = "sub-admin2";
    private static final UUID NORWAY = UUID.fromString("10000000-0000-0000-0000-000000000001");
    private static final UUID FINLAND = UUID.fromString("10000000-0000-0000-0000-000000000002");
    private static final UUID NSCALE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

    private final Proposals proposals = new Proposals();

    static Stream<Arguments> refusedDecisions() {
        return Stream.of(
                Arguments.of("approving one's own proposal", PROPOSER,
                        (Decision) (service, id) -> service.approve(id), new Refusal("FORBIDDEN", "id")),
                Arguments.of("rejecting one's own proposal", PROPOSER,
                        (Decision) (service, id) -> service.reject(id, "changed my mind"), new Refusal("FORBIDDEN", "id")),
                Arguments.of("withdrawing another admin's proposal", SECOND_ADMIN,
                        (Decision) (service, id) -> service.withdraw(id), new Refusal("FORBIDDEN", "id")),
                Arguments.of("rejecting without a reason", SECOND_ADMIN,
                        (Decision) (service, id) -> service.reject(id, " \n "), Refusal.validation("reason")),
                Arguments.of("rejecting with a reason of 1001 characters", SECOND_ADMIN,
                        (Decision) (service, id) -> service.reject(id, "r".repeat(1001)), Refusal.validation("reason")),
                Arguments.of("deciding an unknown proposal", SECOND_ADMIN,
                        (Decision) (service, id) -> service.approve(UUID.randomUUID().toString()), Refusal.notFound("id")),
                Arguments.of("deciding by an id that is not a UUID", SECOND_ADMIN,
                        (Decision) (service, id) -> service.withdraw("proposal-1"), Refusal.validation("id")),
                Arguments.of("deciding without a token", null,
                        (Decision) (service, id) -> service.approve(id), new Refusal("UNAUTHENTICATED", null)));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("refusedDecisions")
    void aDecisionOutsideTheFourEyesRuleIsRefusedAndTheProposalStaysOpen(String rule, String deciderSubject, Decision decision,
                                                                        Refusal refusal) {
        ProposalEntity open = proposals.add(proposal(NORWAY, ProposalStatus.OPEN, NOW.plusDays(1)));

        assertThat(Refusal.of(() -> decision.run(service(deciderSubject), open.id.toString()))).isEqualTo(refusal);
        assertThat(open.status).isEqualTo(ProposalStatus.OPEN);
        assertThat(open.decidedBy).isNull();
    }

    @ParameterizedTest(name = "approving an {0} proposal is a conflict")
    @EnumSource(value = ProposalStatus.class, names = {"APPROVED", "REJECTED", "WITHDRAWN"})
    void aDecidedProposalIsNotDecidedAgain(ProposalStatus decided) {
        ProposalEntity proposal = proposals.add(proposal(NORWAY, decided, NOW.plusDays(1)));
        proposal.decidedBy = "admin3";

        assertThat(Refusal.of(() -> service(SECOND_ADMIN).approve(proposal.id.toString()))).isEqualTo(Refusal.conflict("id"));
        assertThat(Refusal.of(() -> service(PROPOSER).withdraw(proposal.id.toString()))).isEqualTo(Refusal.conflict("id"));
        assertThat(proposal.status).isEqualTo(decided);
        assertThat(proposal.decidedBy).isEqualTo("admin3");
    }

    @Test
    void anOpenProposalPastItsExpiryIsExpiredForEveryDecision() {
        ProposalEntity expired = proposals.add(proposal(NORWAY, ProposalStatus.OPEN, NOW.minusSeconds(1)));
        Refusal refusal = new Refusal("PROPOSAL_EXPIRED", "id");

        assertThat(Refusal.of(() -> service(SECOND_ADMIN).approve(expired.id.toString()))).isEqualTo(refusal);
        assertThat(Refusal.of(() -> service(SECOND_ADMIN).reject(expired.id.toString(), "too late"))).isEqualTo(refusal);
        assertThat(Refusal.of(() -> service(PROPOSER).withdraw(expired.id.toString()))).isEqualTo(refusal);
        assertThat(expired.status).isEqualTo(ProposalStatus.OPEN);
    }

    @Test
    void theSettingOfAnUnknownVentureIsNotFound() {
        ProposalService service = new ProposalService(proposals, null, null, null, new VentureRepository() {
            @Override
            public Optional<VentureEntity> lockById(UUID id) {
                return Optional.empty();
            }
        }, caller(SECOND_ADMIN), null, null);

        assertThat(Refusal.of(() -> service.setApprovalRequired(NORWAY.toString(), true))).isEqualTo(Refusal.notFound("ventureId"));
        assertThat(Refusal.of(() -> service.setApprovalRequired("norway", true))).isEqualTo(Refusal.validation("ventureId"));
    }

    @Test
    void pendingChangesAreAskedOnceForEveryVentureAndListedPerVentureInItsOrder() {
        ProposalEntity first = proposals.add(proposal(NORWAY, ProposalStatus.OPEN, NOW.plusDays(1)));
        ProposalEntity second = proposals.add(proposal(NORWAY, ProposalStatus.OPEN, NOW.plusDays(2)));

        List<List<OwnershipProposal>> pending = service(SECOND_ADMIN).pending(List.of(venture(FINLAND, 0), venture(NORWAY, 1),
                venture(FINLAND, 0)));

        assertThat(proposals.asked).singleElement().satisfies(question -> {
            assertThat(question.ventureIds()).containsExactly(FINLAND, NORWAY);
            assertThat(question.openAt()).as("only open, unexpired ones").isNotNull();
        });
        assertThat(pending).hasSize(3);
        assertThat(pending.get(0)).isEmpty();
        assertThat(pending.get(1)).extracting(OwnershipProposal::id).containsExactly(first.id.toString(), second.id.toString());
        assertThat(pending.get(2)).isEmpty();
    }

    @Test
    void everyProposalIsListedWithItsStatusAndStaleAgainstItsOwnVenturesLedger() {
        ProposalEntity norwayOpen = proposals.add(proposal(NORWAY, ProposalStatus.OPEN, NOW.plusDays(1)));
        ProposalEntity norwayExpired = proposals.add(proposal(NORWAY, ProposalStatus.OPEN, NOW.minusDays(1)));
        ProposalEntity finlandOpen = proposals.add(proposal(FINLAND, ProposalStatus.OPEN, NOW.plusDays(1)));

        List<List<OwnershipProposal>> all = service(SECOND_ADMIN).all(List.of(venture(NORWAY, 2), venture(FINLAND, 1)));

        assertThat(proposals.asked).singleElement().satisfies(question -> assertThat(question.openAt()).isNull());
        assertThat(all.get(0)).extracting(OwnershipProposal::id, OwnershipProposal::status, OwnershipProposal::stale).containsExactly(
                tuple(norwayOpen.id.toString(), ProposalStatus.OPEN, true),
                tuple(norwayExpired.id.toString(), ProposalStatus.EXPIRED, false));
        assertThat(all.get(1)).extracting(OwnershipProposal::id, OwnershipProposal::stale)
                .containsExactly(tuple(finlandOpen.id.toString(), false));
    }

    @Test
    void theFourEyesSettingIsReadOnceAndAnsweredPerVentureInItsOrder() {
        List<Collection<UUID>> asked = new ArrayList<>();
        ApprovalPolicy policy = new ApprovalPolicy(null) {
            @Override
            public Set<UUID> requiringApproval(Collection<UUID> ventureIds) {
                asked.add(List.copyOf(ventureIds));
                return Set.of(FINLAND);
            }
        };
        ProposalService service = new ProposalService(proposals, policy, null, null, null, caller(SECOND_ADMIN), null, null);

        List<Boolean> required = service.approvalRequired(List.of(venture(FINLAND, 0), venture(NORWAY, 0), venture(FINLAND, 0)));

        assertThat(required).containsExactly(true, false, true);
        assertThat(asked).containsExactly(List.of(FINLAND, NORWAY));
    }

    @Test
    void aDirectChangeIsRefusedOnlyWhereTheVentureWantsASecondAdmin() {
        ApprovalPolicy policy = new ApprovalPolicy(null);
        VentureEntity venture = new VentureEntity();

        assertThatCode(() -> policy.refuseDirectChange(venture)).doesNotThrowAnyException();
        policy.set(venture, true);
        assertThat(Refusal.of(() -> policy.refuseDirectChange(venture))).isEqualTo(new Refusal("APPROVAL_REQUIRED", "ventureId"));
        policy.set(venture, false);
        assertThatCode(() -> policy.refuseDirectChange(venture)).doesNotThrowAnyException();
        assertThat(policy.requiringApproval(List.of())).as("no ventures need no query").isEmpty();
    }

    /** A decision on the proposal with this id. */
    @FunctionalInterface
    interface Decision {
        void run(ProposalService service, String id);
    }

    /** One question the service asked of the proposals. */
    record Question(List<UUID> ventureIds, OffsetDateTime openAt) {
    }

    /** Proposal rows in memory, in the order they were made; what the service asked is kept. */
    static final class Proposals extends ProposalRepository {

        final Map<UUID, ProposalEntity> rows = new LinkedHashMap<>();
        final List<Question> asked = new ArrayList<>();

        ProposalEntity add(ProposalEntity proposal) {
            rows.put(proposal.id, proposal);
            return proposal;
        }

        @Override
        public Optional<ProposalEntity> lockById(UUID id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Map<UUID, List<ProposalEntity>> ofVentures(Collection<UUID> ventureIds, OffsetDateTime openAt) {
            asked.add(new Question(List.copyOf(ventureIds), openAt));
            Map<UUID, List<ProposalEntity>> byVenture = new HashMap<>();
            rows.values().stream().filter(proposal -> ventureIds.contains(proposal.ventureId))
                    .filter(proposal -> openAt == null || proposal.status == ProposalStatus.OPEN && proposal.expiresAt.isAfter(openAt))
                    .forEach(proposal -> byVenture.computeIfAbsent(proposal.ventureId, id -> new ArrayList<>()).add(proposal));
            return byVenture;
        }
    }

    private ProposalService service(String subject) {
        return new ProposalService(proposals, null, null, null, null, caller(subject), null, null);
    }

    /** An admin's caller, anonymous for a null subject. */
    private static Callers caller(String subject) {
        if (subject == null) {
            return new Callers(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
        }
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setClaim("preferred_username", subject.substring(4));
        return new Callers(QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal("token", claims))
                .addRole("admin").build());
    }

    /** A transfer of one point from Nscale, based on ledger version 1, proposed by {@value #PROPOSER}. */
    private static ProposalEntity proposal(UUID venture, ProposalStatus status, OffsetDateTime expiresAt) {
        ProposalEntity proposal = new ProposalEntity();
        proposal.id = UUID.randomUUID();
        proposal.ventureId = venture;
        proposal.type = LedgerChangeType.TRANSFER;
        proposal.basedOnVersion = 1;
        proposal.effectiveDate = LocalDate.of(2026, 1, 15);
        proposal.reason = "sale";
        proposal.fromPartnerId = NSCALE;
        proposal.toPartnerId = UUID.randomUUID();
        proposal.percentage = new BigDecimal("1.0000");
        proposal.resultingStakes.add(new StakeEmbeddable(NSCALE, new BigDecimal("99.0000")));
        proposal.resultingStakes.add(new StakeEmbeddable(proposal.toPartnerId, new BigDecimal("1.0000")));
        proposal.proposedBy = "admin";
        proposal.proposedBySubject = PROPOSER;
        proposal.proposedAt = expiresAt.minusDays(14);
        proposal.expiresAt = expiresAt;
        proposal.status = status;
        return proposal;
    }

    private static Venture venture(UUID id, int ledgerVersion) {
        VentureEntity venture = new VentureEntity();
        venture.id = id;
        venture.name = "Stargate " + id;
        venture.jurisdiction = "NO";
        venture.status = VentureStatus.ACTIVE;
        venture.ledgerVersion = ledgerVersion;
        return VentureMapper.toApi(venture);
    }
}
