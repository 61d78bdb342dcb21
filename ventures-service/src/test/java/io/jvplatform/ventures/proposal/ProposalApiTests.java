package io.jvplatform.ventures.proposal;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.PostgresTestResource;
import io.jvplatform.devstack.TestIssuer;
import io.jvplatform.devstack.TestIssuerResource;
import io.jvplatform.ventures.support.Partners;
import io.jvplatform.ventures.support.PartnersServiceResource;
import io.jvplatform.ventures.support.Proposals;
import io.jvplatform.ventures.support.Ventures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.jvplatform.devstack.KeycloakRealm.ADMIN;
import static io.restassured.RestAssured.given;
import static io.jvplatform.devstack.KeycloakRealm.SECOND_ADMIN;
import static io.jvplatform.ventures.support.GraphQL.json;
import static io.jvplatform.ventures.support.GraphQL.post;
import static io.jvplatform.ventures.support.GraphQL.postAs;
import static io.jvplatform.ventures.support.GraphQL.postWithHeader;
import static io.jvplatform.ventures.support.GraphQL.vars;
import static io.jvplatform.ventures.support.Ventures.stake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ventures"))
@WithTestResource(TestIssuerResource.class)
@WithTestResource(PartnersServiceResource.class)
class ProposalApiTests {

    private static final String FOUNDED = "2025-07-31";
    private static final String SOLD = "2026-01-15";
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Inject
    DataSource database;

    private String nscale;
    private String aker;
    private String openAi;
    private String archived;

    private String nscale() {
        if (nscale == null) {
            nscale = Partners.create("Nscale");
            aker = Partners.create("Aker");
            openAi = Partners.create("OpenAI");
            archived = Partners.create("Gone");
            Partners.archive(archived, Partners.version(archived)).body("errors", nullValue());
        }
        return nscale;
    }

    @Test
    void aProposalApprovedByASecondAdminIsAppendedNamingBoth() {
        String venture = underFourEyes("Four-eyes venture");

        JsonPath proposed = json(postAs(ADMIN, Proposals.PROPOSE_TRANSFER, vars("ventureId", venture, "input",
                Ventures.transferInput(1, SOLD, aker, nscale, "10"))).body("errors", nullValue()));
        String id = proposed.getString("data.proposeTransferStake.id");
        assertThat(proposed.getString("data.proposeTransferStake.status")).isEqualTo("OPEN");
        assertThat(proposed.getString("data.proposeTransferStake.proposedBy")).isEqualTo(ADMIN);
        assertThat(OffsetDateTime.parse(proposed.getString("data.proposeTransferStake.expiresAt")))
                .as("open for the configured 14 days")
                .isEqualTo(OffsetDateTime.parse(proposed.getString("data.proposeTransferStake.proposedAt")).plusDays(14));

        JsonPath pending = Proposals.of(venture);
        assertThat(pending.getInt("data.venture.ledgerVersion")).as("nothing reaches the ledger before approval").isEqualTo(1);
        assertThat(pending.getList("data.venture.pendingChanges.id", String.class)).containsExactly(id);
        assertThat(pending.getBoolean("data.venture.pendingChanges[0].stale")).isFalse();
        assertThat(pending.getString("data.venture.pendingChanges[0].resultingOwnership.asOf")).isEqualTo(SOLD);
        assertThat(pending.getInt("data.venture.pendingChanges[0].resultingOwnership.ledgerVersion")).isEqualTo(2);
        assertThat(pending.getList("data.venture.pendingChanges[0].resultingOwnership.stakes.partner.id", String.class))
                .containsExactly(nscale, aker);
        assertThat(pending.getList("data.venture.pendingChanges[0].resultingOwnership.stakes.percentage", BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("60"), new BigDecimal("40"));

        postAs(SECOND_ADMIN, Proposals.APPROVE, vars("id", id))
                .body("errors", nullValue())
                .body("data.approveOwnershipProposal.status", equalTo("APPROVED"))
                .body("data.approveOwnershipProposal.decidedBy", equalTo(SECOND_ADMIN))
                .body("data.approveOwnershipProposal.appliedVersion", equalTo(2));

        JsonPath ledger = Ventures.ownership(venture, null);
        assertThat(ledger.getInt("data.venture.ownership.ledgerVersion")).isEqualTo(2);
        assertThat(ledger.getList("data.venture.ownership.stakes.percentage", BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("60"), new BigDecimal("40"));
        JsonPath after = Proposals.of(venture);
        assertThat(after.getList("data.venture.pendingChanges")).isEmpty();
        assertThat(after.getList("data.venture.ownershipProposals.status", String.class)).containsExactly("APPROVED");
    }

    @Test
    void theLedgerEntryOfAnApprovedProposalNamesTheProposerAsActorAndTheApprover() {
        String venture = underFourEyes("Actor fields");
        String id = Proposals.proposeSet(ADMIN, venture, Ventures.setInput(1, TODAY,
                List.of(stake(nscale, "40"), stake(aker, "40"), stake(openAi, "20"))));

        postAs(SECOND_ADMIN, Proposals.APPROVE, vars("id", id)).body("errors", nullValue());

        JsonPath history = json(post("""
                query History($id: ID!) { venture(id: $id) { ownershipHistory { version type actor approvedBy reason } } }
                """, vars("id", venture)).body("errors", nullValue()));
        assertThat(history.getList("data.venture.ownershipHistory.type", String.class)).containsExactly("SET", "SET");
        assertThat(history.getString("data.venture.ownershipHistory[1].actor")).isEqualTo(ADMIN);
        assertThat(history.getString("data.venture.ownershipHistory[1].approvedBy")).isEqualTo(SECOND_ADMIN);
        assertThat(history.getString("data.venture.ownershipHistory[0].approvedBy")).as("a direct change").isNull();
        assertThat(Ventures.ownership(venture, null).getList("data.venture.ownership.stakes.partner.id", String.class))
                .containsExactlyInAnyOrder(nscale, aker, openAi);
    }

    @Test
    void anAdminCannotApproveOrRejectTheirOwnProposalAndNothingIsWritten() {
        String venture = underFourEyes("Self-approval");
        String id = Proposals.proposeTransfer(ADMIN, venture, Ventures.transferInput(1, SOLD, aker, nscale, "10"));

        postAs(ADMIN, Proposals.APPROVE, vars("id", id))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].extensions.field", equalTo("id"));
        postAs(ADMIN, Proposals.REJECT, vars("id", id, "reason", "changed my mind"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        assertUnchangedFiftyFifty(venture);
        assertThat(Proposals.of(venture).getList("data.venture.pendingChanges.status", String.class)).containsExactly("OPEN");
    }

    /**
     * Six admins approve the same proposal at the same instant, three rounds. The proposal's row lock
     * makes them take turns: exactly one applies it, every other gets CONFLICT, and the ledger grows by one.
     */
    @Test
    void ofAdminsApprovingAtOnceExactlyOneAppliesTheProposal() throws Exception {
        String venture = underFourEyes("Double approval");
        int approvers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(approvers);
        try {
            for (int round = 0; round < 3; round++) {
                String id = Proposals.proposeTransfer(ADMIN, venture, Ventures.transferInput(1 + round, SOLD, aker, nscale, "1"));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int a = 0; a < approvers; a++) {
                    String token = TestIssuer.token("approver-" + a, List.of(KeycloakRealm.ADMIN, KeycloakRealm.EDITOR, KeycloakRealm.VIEWER));
                    outcomes.add(pool.submit((Callable<String>) () -> {
                        start.await();
                        JsonPath answer = json(postWithHeader("Bearer " + token, Proposals.APPROVE, vars("id", id)).statusCode(200));
                        String code = answer.getString("errors[0].extensions.code");
                        return code == null ? answer.getString("data.approveOwnershipProposal.status") : code;
                    }));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get());
                }
                assertThat(results).as("round %d", round).containsOnlyOnce("APPROVED");
                assertThat(results.stream().filter(result -> !"APPROVED".equals(result))).containsOnly("CONFLICT");
                assertThat(Ventures.ledgerVersion(venture)).isEqualTo(2 + round);
            }
        } finally {
            pool.shutdown();
        }
        JsonPath ledger = Ventures.ownership(venture, null);
        assertThat(ledger.getList("data.venture.ownershipHistory")).hasSize(4);
        assertThat(ledger.getList("data.venture.ownership.stakes.percentage", BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("53"), new BigDecimal("47"));
    }

    @Test
    void aProposalIsNeverAppliedOnATableThatChangedSinceAndIsAConflict() {
        String venture = underFourEyes("Stale proposal");
        String first = Proposals.proposeTransfer(ADMIN, venture, Ventures.transferInput(1, SOLD, aker, nscale, "10"));
        String second = Proposals.proposeTransfer(ADMIN, venture, Ventures.transferInput(1, SOLD, nscale, aker, "5"));
        postAs(SECOND_ADMIN, Proposals.APPROVE, vars("id", first)).body("errors", nullValue());

        postAs(SECOND_ADMIN, Proposals.APPROVE, vars("id", second))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("id"));

        JsonPath ledger = Ventures.ownership(venture, null);
        assertThat(ledger.getList("data.venture.ownershipHistory")).hasSize(2);
        assertThat(ledger.getList("data.venture.ownership.stakes.percentage", BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("60"), new BigDecimal("40"));
        JsonPath pending = Proposals.of(venture);
        assertThat(pending.getList("data.venture.pendingChanges.id", String.class)).containsExactly(second);
        assertThat(pending.getBoolean("data.venture.pendingChanges[0].stale")).as("re-propose on the new table").isTrue();
    }

    @Test
    void anExpiredProposalReadsAsExpiredAndIsNeverApplied() throws SQLException {
        String venture = underFourEyes("Expired proposal");
        String id = Proposals.proposeTransfer(ADMIN, venture, Ventures.transferInput(1, SOLD, aker, nscale, "10"));
        madeDaysAgo(id, 15);

        JsonPath read = Proposals.of(venture);
        assertThat(read.getList("data.venture.pendingChanges")).isEmpty();
        assertThat(read.getList("data.venture.ownershipProposals.status", String.class)).containsExactly("EXPIRED");
        for (Map.Entry<String, Map<String, Object>> decision : Map.of(
                Proposals.APPROVE, vars("id", id),
                Proposals.REJECT, vars("id", id, "reason", "too late"),
                Proposals.WITHDRAW, vars("id", id)).entrySet()) {
            String admin = decision.getKey().equals(Proposals.WITHDRAW) ? ADMIN : SECOND_ADMIN;
            postAs(admin, decision.getKey(), decision.getValue())
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("PROPOSAL_EXPIRED"))
                    .body("errors[0].extensions.field", equalTo("id"));
        }

        assertUnchangedFiftyFifty(venture);
        assertThat(Proposals.of(venture).getList("data.venture.ownershipProposals.status", String.class)).containsExactly("EXPIRED");
    }

    @Test
    void aProposalOneDayShortOfExpiryCanStillBeApproved() throws SQLException {
        String venture = underFourEyes("Nearly expired");
        String id = Proposals.proposeTransfer(ADMIN, venture, Ventures.transferInput(1, SOLD, aker, nscale, "10"));
        madeDaysAgo(id, 13);

        postAs(SECOND_ADMIN, Proposals.APPROVE, vars("id", id)).body("errors", nullValue())
                .body("data.approveOwnershipProposal.status", equalTo("APPROVED"));
    }

    @Test
    void aRejectedProposalKeepsItsReasonAndCanNoLongerBeApproved() {
        String venture = underFourEyes("Rejected proposal");
        String id = Proposals.proposeTransfer(ADMIN, venture, Ventures.transferInput(1, SOLD, aker, nscale, "10"));

        postAs(SECOND_ADMIN, Proposals.REJECT, vars("id", id, "reason", "the board has not agreed"))
                .body("errors", nullValue())
                .body("data.rejectOwnershipProposal.status", equalTo("REJECTED"))
                .body("data.rejectOwnershipProposal.decidedBy", equalTo(SECOND_ADMIN))
                .body("data.rejectOwnershipProposal.decisionReason", equalTo("the board has not agreed"));
        postAs(SECOND_ADMIN, Proposals.APPROVE, vars("id", id))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("id"));

        assertUnchangedFiftyFifty(venture);
        assertThat(Proposals.of(venture).getList("data.venture.pendingChanges")).isEmpty();
    }

    @Test
    void onlyTheProposerMayWithdrawAProposalAndAWithdrawnOneCanNoLongerBeApproved() {
        String venture = underFourEyes("Withdrawn proposal");
        String id = Proposals.proposeTransfer(ADMIN, venture, Ventures.transferInput(1, SOLD, aker, nscale, "10"));

        postAs(SECOND_ADMIN, Proposals.WITHDRAW, vars("id", id))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].extensions.field", equalTo("id"));
        postAs(ADMIN, Proposals.WITHDRAW, vars("id", id))
                .body("errors", nullValue())
                .body("data.withdrawOwnershipProposal.status", equalTo("WITHDRAWN"))
                .body("data.withdrawOwnershipProposal.decidedBy", equalTo(ADMIN));
        postAs(SECOND_ADMIN, Proposals.APPROVE, vars("id", id))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));

        assertUnchangedFiftyFifty(venture);
        assertThat(Proposals.of(venture).getList("data.venture.ownershipProposals.status", String.class)).containsExactly("WITHDRAWN");
    }

    @Test
    void whereApprovalIsRequiredDirectChangesAreRefusedWithApprovalRequiredAndWhereItIsOffTheyWork() {
        String venture = founded("Setting on and off");
        assertThat(Proposals.of(venture).getBoolean("data.venture.ownershipApprovalRequired")).as("off for a new venture").isFalse();
        Proposals.requireApproval(venture, true);
        assertThat(Proposals.of(venture).getBoolean("data.venture.ownershipApprovalRequired")).isTrue();

        post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(1, SOLD, aker, nscale, "10")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("APPROVAL_REQUIRED"))
                .body("errors[0].extensions.field", equalTo("ventureId"));
        post(Ventures.SET_OWNERSHIP, vars("ventureId", venture, "input", Ventures.setInput(1, SOLD, List.of(stake(nscale, "100")))))
                .body("errors[0].extensions.code", equalTo("APPROVAL_REQUIRED"));
        assertUnchangedFiftyFifty(venture);

        Proposals.requireApproval(venture, false);
        post(Ventures.TRANSFER, vars("ventureId", venture, "input", Ventures.transferInput(1, SOLD, aker, nscale, "10")))
                .body("errors", nullValue())
                .body("data.transferStake.ledgerVersion", equalTo(2));
        assertThat(Proposals.of(venture).getBoolean("data.venture.ownershipApprovalRequired")).isFalse();
    }

    @Test
    void aProposalCanBeMadeWhereApprovalIsOffAndIsAppliedTheSameWay() {
        String venture = founded("Voluntary four eyes");
        String id = Proposals.proposeTransfer(ADMIN, venture, Ventures.transferInput(1, SOLD, aker, nscale, "10"));

        postAs(SECOND_ADMIN, Proposals.APPROVE, vars("id", id)).body("errors", nullValue());

        assertThat(Ventures.ledgerVersion(venture)).isEqualTo(2);
    }

    @Test
    void theSameIdempotencyKeyProposesOnceAndWithAnotherInputIsAConflict() {
        String venture = underFourEyes("Idempotent proposal");
        String key = UUID.randomUUID().toString();
        Map<String, Object> input = Ventures.transferInput(1, SOLD, aker, nscale, "10");

        String first = json(proposeWithKey(key, venture, input).body("errors", nullValue())).getString("data.proposeTransferStake.id");
        String retried = json(proposeWithKey(key, venture, input).body("errors", nullValue())).getString("data.proposeTransferStake.id");
        proposeWithKey(key, venture, Ventures.transferInput(1, SOLD, aker, nscale, "11"))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("Idempotency-Key"));

        assertThat(retried).isEqualTo(first);
        assertThat(Proposals.of(venture).getList("data.venture.pendingChanges.id", String.class)).containsExactly(first);
    }

    private static ValidatableResponse proposeWithKey(String key, String venture, Map<String, Object> input) {
        return given().auth().oauth2(TestIssuer.tokenFor(ADMIN)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("query", Proposals.PROPOSE_TRANSFER, "variables", Map.of("ventureId", venture, "input", input)))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    Stream<Arguments> forbiddenCalls() {
        Function<ProposalApiTests, Object[]> propose = t -> new Object[]{Proposals.PROPOSE_TRANSFER,
                vars("ventureId", t.ventureForAccess(), "input", Ventures.transferInput(1, SOLD, t.aker, t.nscale, "10"))};
        Function<ProposalApiTests, Object[]> proposeSet = t -> new Object[]{Proposals.PROPOSE_SET,
                vars("ventureId", t.ventureForAccess(), "input", Ventures.setInput(1, SOLD, List.of(stake(t.nscale, "100"))))};
        Function<ProposalApiTests, Object[]> approve = t -> new Object[]{Proposals.APPROVE, vars("id", t.proposalForAccess())};
        Function<ProposalApiTests, Object[]> reject = t -> new Object[]{Proposals.REJECT, vars("id", t.proposalForAccess(), "reason", "no")};
        Function<ProposalApiTests, Object[]> withdraw = t -> new Object[]{Proposals.WITHDRAW, vars("id", t.proposalForAccess())};
        Function<ProposalApiTests, Object[]> setting = t -> new Object[]{Proposals.REQUIRE_APPROVAL,
                vars("ventureId", t.ventureForAccess(), "required", false)};
        List<Arguments> rows = new ArrayList<>();
        for (String user : List.of(KeycloakRealm.VIEWER, KeycloakRealm.EDITOR, KeycloakRealm.PARTNER)) {
            rows.add(Arguments.of(user, "proposeTransferStake", propose));
            rows.add(Arguments.of(user, "proposeSetOwnership", proposeSet));
            rows.add(Arguments.of(user, "approveOwnershipProposal", approve));
            rows.add(Arguments.of(user, "rejectOwnershipProposal", reject));
            rows.add(Arguments.of(user, "withdrawOwnershipProposal", withdraw));
            rows.add(Arguments.of(user, "setOwnershipApprovalRequired", setting));
        }
        return rows.stream();
    }

    private String accessVenture;
    private String accessProposal;

    private String ventureForAccess() {
        if (accessVenture == null) {
            accessVenture = underFourEyes("Access venture");
            accessProposal = Proposals.proposeTransfer(ADMIN, accessVenture, Ventures.transferInput(1, SOLD, aker, nscale, "10"));
        }
        return accessVenture;
    }

    private String proposalForAccess() {
        ventureForAccess();
        return accessProposal;
    }

    @ParameterizedTest(name = "{0} calling {1}")
    @MethodSource("forbiddenCalls")
    void onlyAnAdminMayProposeDecideOrChangeTheSettingAndNothingIsWritten(String user, String mutation,
                                                                            Function<ProposalApiTests, Object[]> call) {
        Object[] documentAndVariables = call.apply(this);
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = (Map<String, Object>) documentAndVariables[1];

        postAs(user, (String) documentAndVariables[0], variables)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        JsonPath read = Proposals.of(accessVenture);
        assertThat(read.getBoolean("data.venture.ownershipApprovalRequired")).isTrue();
        assertThat(read.getList("data.venture.ownershipProposals.id", String.class)).containsExactly(accessProposal);
        assertThat(read.getList("data.venture.ownershipProposals.status", String.class)).containsExactly("OPEN");
        assertUnchangedFiftyFifty(accessVenture);
    }

    Stream<Arguments> badProposals() {
        Function<ProposalApiTests, Map<String, Object>> sum99 = t -> Ventures.setInput(1, SOLD, List.of(stake(t.nscale, "50"), stake(t.aker, "49.9999")));
        Function<ProposalApiTests, Map<String, Object>> zero = t -> Ventures.setInput(1, SOLD, List.of(stake(t.nscale, "100"), stake(t.aker, "0")));
        Function<ProposalApiTests, Map<String, Object>> fiveDecimals = t -> Ventures.setInput(1, SOLD, List.of(stake(t.nscale, "50.00001"), stake(t.aker, "49.99999")));
        Function<ProposalApiTests, Map<String, Object>> twice = t -> Ventures.setInput(1, SOLD, List.of(stake(t.nscale, "50"), stake(t.nscale, "50")));
        Function<ProposalApiTests, Map<String, Object>> unknown = t -> Ventures.setInput(1, SOLD, List.of(stake(t.nscale, "50"), stake(UUID.randomUUID().toString(), "50")));
        Function<ProposalApiTests, Map<String, Object>> archivedPartner = t -> Ventures.setInput(1, SOLD, List.of(stake(t.nscale, "50"), stake(t.archived, "50")));
        Function<ProposalApiTests, Map<String, Object>> malformedPartner = t -> Ventures.setInput(1, SOLD, List.of(stake(t.nscale, "50"), stake("not-a-uuid", "50")));
        Function<ProposalApiTests, Map<String, Object>> none = t -> Ventures.setInput(1, SOLD, List.of());
        Function<ProposalApiTests, Map<String, Object>> staleSet = t -> Ventures.setInput(0, SOLD, List.of(stake(t.nscale, "100")));
        Function<ProposalApiTests, Map<String, Object>> tomorrow = t -> Ventures.setInput(1,
                LocalDate.now(ZoneOffset.UTC).plusDays(1).toString(), List.of(stake(t.nscale, "100")));
        Function<ProposalApiTests, Map<String, Object>> beforeLatest = t -> Ventures.setInput(1, "2025-07-30", List.of(stake(t.nscale, "100")));
        Function<ProposalApiTests, Map<String, Object>> blankReason = t -> {
            Map<String, Object> input = new LinkedHashMap<>(Ventures.setInput(1, SOLD, List.of(stake(t.nscale, "100"))));
            input.put("reason", "  ");
            return input;
        };
        Function<ProposalApiTests, Map<String, Object>> controlInReason = t -> {
            Map<String, Object> input = new LinkedHashMap<>(Ventures.transferInput(1, SOLD, t.aker, t.nscale, "1"));
            input.put("reason", "bell\u0007");
            return input;
        };
        Function<ProposalApiTests, Map<String, Object>> greedy = t -> Ventures.transferInput(1, SOLD, t.aker, t.nscale, "50.0001");
        Function<ProposalApiTests, Map<String, Object>> toItself = t -> Ventures.transferInput(1, SOLD, t.aker, t.aker, "1");
        Function<ProposalApiTests, Map<String, Object>> toArchived = t -> Ventures.transferInput(1, SOLD, t.aker, t.archived, "1");
        Function<ProposalApiTests, Map<String, Object>> fromNonOwner = t -> Ventures.transferInput(1, SOLD, t.openAi, t.nscale, "1");
        Function<ProposalApiTests, Map<String, Object>> staleTransfer = t -> Ventures.transferInput(2, SOLD, t.aker, t.nscale, "1");
        Function<ProposalApiTests, Map<String, Object>> negative = t -> Ventures.transferInput(1, SOLD, t.aker, t.nscale, "-1");
        return Stream.of(
                Arguments.of("stakes summing to 99.9999", Proposals.PROPOSE_SET, sum99, "VALIDATION", "input.stakes"),
                Arguments.of("a zero stake", Proposals.PROPOSE_SET, zero, "VALIDATION", "input.stakes[1].percentage"),
                Arguments.of("more than four decimals", Proposals.PROPOSE_SET, fiveDecimals, "VALIDATION", "input.stakes[0].percentage"),
                Arguments.of("the same partner twice", Proposals.PROPOSE_SET, twice, "VALIDATION", "input.stakes[1].partnerId"),
                Arguments.of("an unknown partner", Proposals.PROPOSE_SET, unknown, "VALIDATION", "input.stakes[1].partnerId"),
                Arguments.of("an archived partner", Proposals.PROPOSE_SET, archivedPartner, "VALIDATION", "input.stakes[1].partnerId"),
                Arguments.of("a malformed partner id", Proposals.PROPOSE_SET, malformedPartner, "VALIDATION", "input.stakes[1].partnerId"),
                Arguments.of("no stakes at all", Proposals.PROPOSE_SET, none, "VALIDATION", "input.stakes"),
                Arguments.of("a stale base version (table)", Proposals.PROPOSE_SET, staleSet, "CONFLICT", "input.basedOnVersion"),
                Arguments.of("an effective date tomorrow", Proposals.PROPOSE_SET, tomorrow, "VALIDATION", "input.effectiveDate"),
                Arguments.of("a date before the latest entry", Proposals.PROPOSE_SET, beforeLatest, "VALIDATION", "input.effectiveDate"),
                Arguments.of("a blank reason", Proposals.PROPOSE_SET, blankReason, "VALIDATION", "input.reason"),
                Arguments.of("a control character in the reason", Proposals.PROPOSE_TRANSFER, controlInReason, "VALIDATION", "input.reason"),
                Arguments.of("more than the giver holds", Proposals.PROPOSE_TRANSFER, greedy, "VALIDATION", "input.percentage"),
                Arguments.of("a transfer to the giver itself", Proposals.PROPOSE_TRANSFER, toItself, "VALIDATION", "input.toPartnerId"),
                Arguments.of("a transfer to an archived partner", Proposals.PROPOSE_TRANSFER, toArchived, "VALIDATION", "input.toPartnerId"),
                Arguments.of("a giver without a stake", Proposals.PROPOSE_TRANSFER, fromNonOwner, "VALIDATION", "input.fromPartnerId"),
                Arguments.of("a negative transfer", Proposals.PROPOSE_TRANSFER, negative, "VALIDATION", "input.percentage"),
                Arguments.of("a stale base version (transfer)", Proposals.PROPOSE_TRANSFER, staleTransfer, "CONFLICT", "input.basedOnVersion"));
    }

    @ParameterizedTest(name = "a proposal with {0}")
    @MethodSource("badProposals")
    void badProposalsAreRefusedWithCodeAndFieldAndNothingIsWritten(String label, String document,
                                                                   Function<ProposalApiTests, Map<String, Object>> input,
                                                                   String code, String field) {
        String venture = underFourEyes("Bad proposal");

        postAs(ADMIN, document, vars("ventureId", venture, "input", input.apply(this)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.field", equalTo(field));

        assertThat(Proposals.of(venture).getList("data.venture.ownershipProposals")).isEmpty();
        assertUnchangedFiftyFifty(venture);
    }

    Stream<Arguments> badDecisions() {
        return Stream.of(
                Arguments.of("approving a malformed id", Proposals.APPROVE, vars("id", "not-a-uuid"), "VALIDATION", "id"),
                Arguments.of("approving an unknown id", Proposals.APPROVE, vars("id", UUID.randomUUID().toString()), "NOT_FOUND", "id"),
                Arguments.of("withdrawing an unknown id", Proposals.WITHDRAW, vars("id", UUID.randomUUID().toString()), "NOT_FOUND", "id"),
                Arguments.of("rejecting without a reason", Proposals.REJECT, vars("id", null, "reason", " "), "VALIDATION", "reason"),
                Arguments.of("rejecting with a control character", Proposals.REJECT, vars("id", null, "reason", "no\u0000"), "VALIDATION", "reason"),
                Arguments.of("rejecting with 1001 characters", Proposals.REJECT, vars("id", null, "reason", "x".repeat(1001)), "VALIDATION", "reason"),
                Arguments.of("proposing on an unknown venture", Proposals.PROPOSE_TRANSFER, vars("ventureId", UUID.randomUUID().toString()), "NOT_FOUND", "ventureId"),
                Arguments.of("proposing on a malformed venture id", Proposals.PROPOSE_TRANSFER, vars("ventureId", "42"), "VALIDATION", "ventureId"),
                Arguments.of("switching a malformed venture id", Proposals.REQUIRE_APPROVAL, vars("ventureId", "42", "required", true), "VALIDATION", "ventureId"),
                Arguments.of("switching an unknown venture", Proposals.REQUIRE_APPROVAL, vars("ventureId", UUID.randomUUID().toString(), "required", true), "NOT_FOUND", "ventureId"));
    }

    /** Decisions (and proposals on no venture) refused with code and field; the open proposal stays as it was. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badDecisions")
    void badDecisionsAreRefusedWithCodeAndFieldAndNothingIsWritten(String label, String document, Map<String, Object> given,
                                                                   String code, String field) {
        String venture = underFourEyes("Bad decision");
        String open = Proposals.proposeTransfer(ADMIN, venture, Ventures.transferInput(1, SOLD, aker, nscale, "10"));
        Map<String, Object> variables = new LinkedHashMap<>(given);
        if (variables.containsKey("id") && variables.get("id") == null) {
            variables.put("id", open);
        }
        if (document.equals(Proposals.PROPOSE_TRANSFER)) {
            variables.put("input", Ventures.transferInput(1, SOLD, aker, nscale, "10"));
        }

        postAs(SECOND_ADMIN, document, variables)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.field", equalTo(field));

        JsonPath read = Proposals.of(venture);
        assertThat(read.getList("data.venture.ownershipProposals.id", String.class)).containsExactly(open);
        assertThat(read.getList("data.venture.ownershipProposals.status", String.class)).containsExactly("OPEN");
        assertUnchangedFiftyFifty(venture);
    }

    /** A venture founded 50/50 by Nscale and Aker whose ownership changes need a second admin. */
    private String underFourEyes(String name) {
        String venture = founded(name);
        Proposals.requireApproval(venture, true);
        return venture;
    }

    private String founded(String name) {
        String venture = Ventures.create(name);
        Ventures.setOwnership(venture, Ventures.setInput(0, FOUNDED, List.of(stake(nscale(), "50"), stake(aker, "50"))));
        return venture;
    }

    /** As if the proposal had been made {@code days} ago: its times moved back (the clock cannot be). */
    private void madeDaysAgo(String id, int days) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     update ownership_proposal set proposed_at = proposed_at - make_interval(days => ?),
                            expires_at = expires_at - make_interval(days => ?) where id = ?
                     """)) {
            update.setInt(1, days);
            update.setInt(2, days);
            update.setObject(3, UUID.fromString(id));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private void assertUnchangedFiftyFifty(String venture) {
        JsonPath read = Ventures.ownership(venture, null);
        assertThat(read.getInt("data.venture.ownership.ledgerVersion")).isEqualTo(1);
        assertThat(read.getList("data.venture.ownershipHistory")).hasSize(1);
        assertThat(read.getList("data.venture.ownership.stakes.percentage", BigDecimal.class))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("50"), new BigDecimal("50"));
    }
}
