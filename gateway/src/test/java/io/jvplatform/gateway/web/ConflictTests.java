package io.jvplatform.gateway.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.jvplatform.gateway.support.GraphQL.vars;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;

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

/** Two admins, two browsers, one cap table: the second save meets CONFLICT, sees why, and redoes the edit. */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class ConflictTests {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void theSecondAdminGetsTheConflictScreenAndAfterRedoingTheLedgerHasBothChanges() {
        String venture = OwnershipEditorTests.fiftyFifty("Web conflict venture");
        try (WebUser first = WebUser.login(gateway, KeycloakRealm.ADMIN, "/ventures/" + venture);
             WebUser second = WebUser.login(gateway, KeycloakRealm.ADMIN, "/ventures/" + venture)) {
            // both have the 50/50 table (ledger version 1) open
            assertThat(first.testId("ledger").locator("tbody tr")).hasCount(1);
            assertThat(second.testId("ledger").locator("tbody tr")).hasCount(1);

            OwnershipEditorTests.transfer(first.page, Demo.NSCALE, Demo.AKER, "10", "First admin: 10 % to Aker");
            save(first.page);
            assertThat(first.page.locator(".success")).containsText("Transferred 10.0000 %");

            OwnershipEditorTests.transfer(second.page, Demo.AKER, Demo.NSCALE, "5", "Second admin: 5 % to Nscale");
            save(second.page);
            Locator conflict = second.testId("conflict");
            assertThat(conflict).containsText("not saved");
            assertThat(conflict).containsText("10.0000 % from Nscale to Aker");
            assertThat(conflict).containsText("First admin: 10 % to Aker");
            assertThat(conflict).containsText("Nscale 40.0000 %");
            assertThat(conflict).containsText("Aker 60.0000 %");
            second.screenshot("conflict-screen");

            second.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Redo my edit on the new table")).click();
            // the admin's own inputs are back, now previewed on the new table; nothing was resent
            assertThat(second.page.getByLabel("Reason")).hasValue("Second admin: 5 % to Nscale");
            assertThat(second.testId("preview")).containsText("45.0000 %");
            assertThat(second.testId("preview")).containsText("55.0000 %");
            assertThat(second.testId("ledger").locator("tbody tr")).hasCount(2);
            save(second.page);

            assertThat(second.page.locator(".success")).containsText("Transferred 5.0000 % from Aker to Nscale");
            Locator ledger = second.testId("ledger").locator("tbody tr");
            assertThat(ledger).hasCount(3);
            assertThat(ledger.nth(1)).containsText("First admin");
            assertThat(ledger.nth(2)).containsText("Second admin");
            Locator stakes = second.testId("stakes").locator("tbody tr");
            assertThat(stakes.filter(new Locator.FilterOptions().setHasText(Demo.NSCALE))).containsText("45.0000 %");
            assertThat(stakes.filter(new Locator.FilterOptions().setHasText(Demo.AKER))).containsText("55.0000 %");
            second.screenshot("conflict-redone");
            first.assertNoProblems();
            second.assertNoProblems();
        }
        JsonPath after = GraphQL.ok(OwnershipEditorTests.LEDGER, vars("id", venture));
        org.assertj.core.api.Assertions.assertThat(after.getList("data.venture.ownershipHistory.type")).containsExactly("SET", "TRANSFER", "TRANSFER");
        List<Object> percentages = after.getList("data.venture.ownership.stakes.percentage");
        BigDecimal sum = percentages.stream().map(p -> new BigDecimal(String.valueOf(p))).reduce(BigDecimal.ZERO, BigDecimal::add);
        org.assertj.core.api.Assertions.assertThat(sum).isEqualByComparingTo("100");
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save transfer")).click();
    }
}
