package io.jvplatform.gateway.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.devstack.ServiceProcess;
import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.GraphQL;
import io.jvplatform.gateway.support.PartnersProcess;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Queries;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** partners-service stopped: the pages show what arrived, with a visible notice, never a blank page. */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class PartialAnswerTests {

    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final String PARTNERS = "{ partners(first: 1) { totalCount } }";

    @TestHTTPResource("/")
    URL gateway;

    @PartnersProcess
    ServiceProcess partners;

    @AfterEach
    void bringPartnersServiceBack() throws InterruptedException {
        partners.start();
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (GraphQL.execute(Queries.DASHBOARD, GraphQL.vars("first", 5)).get("errors") != null
                || GraphQL.execute(PARTNERS).get("errors") != null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the gateway did not recover within " + RECOVERY);
            }
            Thread.sleep(500);
        }
    }

    @Test
    void withPartnersServiceStoppedTheVenturesPageRendersWithANotice() {
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER, LoginTests.DEMO_VENTURES)) {
            assertThat(LoginTests.ventureRow(viewer.page, Demo.STARGATE_NORWAY)).containsText(Demo.NSCALE);
            partners.stop();

            // a new route (the program filter), so the page asks the gateway again
            viewer.open("/ventures?program=" + Demo.PROGRAM);
            assertThat(viewer.testId("partial-notice")).containsText("partners-service did not answer");
            Locator norway = LoginTests.ventureRow(viewer.page, Demo.STARGATE_NORWAY);
            assertThat(norway).containsText("unavailable 50.0000 %");
            assertThat(norway).containsText("USD 1.00 bn");
            assertThat(LoginTests.ventureRow(viewer.page, Demo.STARGATE_UAE)).isVisible();
            viewer.screenshot("partial-ventures");

            norway.getByRole(AriaRole.LINK).click();
            assertThat(viewer.testId("partial-notice")).isVisible();
            assertThat(viewer.testId("stakes")).containsText("50.0000 %");
            assertThat(viewer.page.locator("tr[data-phase='" + Demo.PHASE_1 + "']")).containsText("230 MW");
            viewer.screenshot("partial-venture");
            viewer.assertNoProblems();
        }
    }
}
