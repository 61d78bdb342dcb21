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

/** The partner page, the ownership graph and the editor's forms, each without a console error or a failed request. */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class PagesTests {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void nscalesPageShowsItsFactsAndItsStakeAndRolesInStargateNorway() {
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER, "/partners?search=" + Demo.NSCALE)) {
            Page page = viewer.page;
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Demo.NSCALE).setExact(true)).click();
            assertThat(page.locator("h1")).containsText(Demo.NSCALE);
            assertThat(page.locator("dl.facts")).containsText("Infrastructure provider");
            assertThat(page.locator("dl.facts")).containsText("GB");
            Locator norway = page.locator("tr", new Page.LocatorOptions().setHasText(Demo.STARGATE_NORWAY));
            assertThat(norway).containsText("50.0000 %");
            assertThat(norway).containsText("Builder, Operator");
            viewer.screenshot("partner-nscale");
            viewer.assertNoProblems();
        }
    }

    @Test
    void theOwnershipGraphShowsPartnersVenturesAndStakes() {
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER, "/graph")) {
            Locator graph = viewer.page.locator("jv-chart.graph svg");
            assertThat(graph).containsText(Demo.STARGATE_NORWAY);
            assertThat(graph).containsText(Demo.SOFTBANK);
            assertThat(graph).containsText(Demo.NSCALE);
            viewer.screenshot("graph-registry");
            // around SoftBank: its one venture, its co-owner, and the stakes written on the edges
            viewer.page.getByLabel("Around partner").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(Demo.SOFTBANK));
            assertThat(graph).not().containsText(Demo.NSCALE);
            assertThat(graph).containsText(Demo.OPENAI);
            assertThat(graph).containsText(Demo.STARGATE_US);
            assertThat(graph).containsText("50.0000 %");
            viewer.screenshot("graph-around-softbank");
            viewer.assertNoProblems();
        }
    }

    @Test
    void anEditorsInvalidVentureShowsTheErrorAtItsFieldAndAValidOneOpensTheNewVenture() {
        try (WebUser editor = WebUser.login(gateway, KeycloakRealm.EDITOR)) {
            Page page = editor.page;
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New venture")).click();
            Locator form = page.locator("jv-form");
            form.getByLabel("Name").first().fill("Web form test venture");
            form.getByLabel("Jurisdiction (ISO country, e.g. NO)").fill("Norway");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create venture")).click();
            Locator jurisdiction = form.getByLabel("Jurisdiction (ISO country, e.g. NO)");
            assertThat(jurisdiction).hasAttribute("aria-invalid", "true");
            assertThat(form.locator(".field-error")).containsText("ISO 3166-1 alpha-2");
            editor.screenshot("editor-venture-field-error");

            jurisdiction.fill("FI");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create venture")).click();
            assertThat(page.locator("h1")).containsText("Web form test venture");
            assertThat(editor.testId("no-owners")).isVisible();
            editor.assertNoProblems();
        }
    }
}
