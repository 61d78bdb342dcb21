package io.jvplatform.gateway.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Stargate Norway's governance panel (HIGH deadlock risk) and OpenAI's two capacity agreements, as a reader sees them. */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class GovernancePagesTests {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void stargateNorwaysGovernancePanelShowsAHighDeadlockRisk() {
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER, LoginTests.DEMO_VENTURES)) {
            LoginTests.ventureRow(viewer.page, Demo.STARGATE_NORWAY).getByRole(AriaRole.LINK).click();

            Locator panel = viewer.testId("governance");
            assertThat(viewer.testId("deadlock-risk")).hasText("HIGH");
            assertThat(viewer.testId("stake-parity")).containsText("yes");
            assertThat(viewer.testId("seat-parity")).containsText("yes");
            assertThat(viewer.testId("casting-vote")).hasText("no");
            assertThat(viewer.testId("chair")).hasText("none");
            assertThat(viewer.testId("mechanism")).containsText("Escalation");
            assertThat(panel).containsText(Demo.NSCALE + " 2");
            assertThat(panel).containsText(Demo.AKER + " 2");
            assertThat(viewer.testId("seats").locator("tbody tr")).hasCount(4);
            assertThat(viewer.testId("reserved-matters")).containsText("Annual budget approval");
            assertThat(viewer.testId("reserved-matters")).containsText("above USD 100.00 m");
            viewer.screenshot("venture-stargate-norway-governance");
            viewer.assertNoProblems();
        }
    }

    @Test
    void openAisPageListsItsTwoCapacityAgreements() {
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER, "/partners?search=" + Demo.OPENAI)) {
            Page page = viewer.page;
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Demo.OPENAI).setExact(true)).click();
            assertThat(page.locator("h1")).containsText(Demo.OPENAI);

            Locator oracle = page.locator("tr[data-agreement='" + Demo.ORACLE_AGREEMENT + "']");
            Locator coreWeave = page.locator("tr[data-agreement='" + Demo.COREWEAVE_AGREEMENT + "']");
            assertThat(oracle).containsText("4,500 MW");
            assertThat(oracle).containsText(Demo.ORACLE);
            assertThat(coreWeave).containsText("USD 11.90 bn");
            assertThat(coreWeave).containsText(Demo.COREWEAVE);
            assertThat(viewer.testId("agreements").locator("tbody tr[data-agreement^='OpenAI']")).hasCount(2);
            viewer.screenshot("partner-openai-agreements");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agreements").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Capacity agreements");
            assertThat(page.locator("tr[data-agreement='" + Demo.ORACLE_AGREEMENT + "']")).containsText(Demo.OPENAI);
            viewer.assertNoProblems();
        }
    }
}
