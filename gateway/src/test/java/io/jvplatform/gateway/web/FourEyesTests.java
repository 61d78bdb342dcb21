package io.jvplatform.gateway.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.jvplatform.gateway.support.GraphQL.vars;

import java.net.URL;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Ownership changes under four eyes in the browser: on a venture that needs a second admin, the
 * admin's editor proposes instead of saving, the "Pending changes" panel shows the table the
 * proposal would give, and another admin, in a browser of their own, approves or rejects it.
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class FourEyesTests {

    private static final String REQUIRE_APPROVAL = """
            mutation Require($ventureId: ID!) { setOwnershipApprovalRequired(ventureId: $ventureId, required: true) }
            """;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void oneAdminProposesATransferAndAnotherApprovesItInTheirBrowser() {
        String venture = underFourEyes("Web four-eyes venture");
        try (WebUser proposer = WebUser.login(gateway, KeycloakRealm.ADMIN, "/ventures/" + venture)) {
            Page page = proposer.page;
            assertThat(proposer.testId("four-eyes")).isVisible();
            OwnershipEditorTests.transfer(page, Demo.NSCALE, Demo.AKER, "10", "Aker buys 10 % from Nscale");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose transfer")).click();

            assertThat(page.locator(".success")).containsText("Proposed 10.0000 % from Nscale to Aker: waiting for another admin's approval");
            Locator proposal = proposer.testId("proposal");
            assertThat(proposal).hasCount(1);
            assertThat(proposal).containsText("Transfer 10.0000 % from Nscale to Aker");
            assertThat(proposal).containsText("Proposed by " + KeycloakRealm.ADMIN);
            assertThat(proposal.locator("tr").filter(new Locator.FilterOptions().setHasText(Demo.AKER))).containsText("60.0000 %");
            assertThat(proposal.locator("tr").filter(new Locator.FilterOptions().setHasText(Demo.NSCALE))).containsText("40.0000 %");
            assertThat(proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve"))).hasCount(0);
            assertThat(proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw"))).isVisible();
            // nothing in the ledger yet
            assertThat(proposer.testId("ledger").locator("tbody tr")).hasCount(1);
            proposer.screenshot("four-eyes-proposed");
            proposer.assertNoProblems();
        }

        try (WebUser approver = WebUser.login(gateway, KeycloakRealm.SECOND_ADMIN, "/ventures/" + venture)) {
            Page page = approver.page;
            Locator proposal = approver.testId("proposal");
            assertThat(proposal).containsText("Proposed by " + KeycloakRealm.ADMIN);
            assertThat(proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw"))).hasCount(0);
            proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();

            assertThat(page.locator(".success")).containsText("Proposal approved");
            assertThat(approver.testId("no-pending")).isVisible();
            Locator stakes = approver.testId("stakes").locator("tbody tr");
            assertThat(stakes.filter(new Locator.FilterOptions().setHasText(Demo.AKER))).containsText("60.0000 %");
            assertThat(stakes.filter(new Locator.FilterOptions().setHasText(Demo.NSCALE))).containsText("40.0000 %");
            Locator ledger = approver.testId("ledger").locator("tbody tr");
            assertThat(ledger).hasCount(2);
            assertThat(ledger.nth(1)).containsText(KeycloakRealm.ADMIN + ", approved by " + KeycloakRealm.SECOND_ADMIN);
            approver.screenshot("four-eyes-approved");
            approver.assertNoProblems();
        }
    }

    @Test
    void aRejectionNeedsAReasonAndTheRefusalShowsItsCode() {
        String venture = underFourEyes("Web four-eyes rejection");
        try (WebUser proposer = WebUser.login(gateway, KeycloakRealm.ADMIN, "/ventures/" + venture)) {
            OwnershipEditorTests.transfer(proposer.page, Demo.NSCALE, Demo.AKER, "5", "Aker buys 5 % from Nscale");
            proposer.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose transfer")).click();
            assertThat(proposer.testId("proposal")).hasCount(1);
        }

        try (WebUser approver = WebUser.login(gateway, KeycloakRealm.SECOND_ADMIN, "/ventures/" + venture)) {
            Page page = approver.page;
            Locator proposal = approver.testId("proposal");
            proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject")).click();
            proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject proposal")).click();
            assertThat(approver.testId("pending-changes").locator(".error")).containsText("VALIDATION");

            proposal.getByLabel("Reason for rejecting").fill("The board has not agreed");
            proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject proposal")).click();

            assertThat(page.locator(".success")).containsText("Proposal rejected");
            assertThat(approver.testId("no-pending")).isVisible();
            assertThat(approver.testId("ledger").locator("tbody tr")).hasCount(1);
            approver.screenshot("four-eyes-rejected");
            approver.assertNoProblems();
        }
        JsonPath after = GraphQL.ok(OwnershipEditorTests.LEDGER, vars("id", venture));
        org.assertj.core.api.Assertions.assertThat(after.getList("data.venture.ownershipHistory.type")).containsExactly("SET");
    }

    private static String underFourEyes(String name) {
        String venture = OwnershipEditorTests.fiftyFifty(name);
        GraphQL.ok(REQUIRE_APPROVAL, vars("ventureId", venture));
        return venture;
    }
}
