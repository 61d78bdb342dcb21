package io.jvplatform.gateway.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.PlatformResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Each demo user logs in through Keycloak's real login page and sees what the role allows. */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class LoginTests {

    /**
     * The demo's ventures are the ones named Stargate: other tests add ventures of their own
     * (some owned by Nscale), enough to push the demo's off the first page.
     */
    static final String DEMO_VENTURES = "/ventures?search=Stargate";

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void theViewerSeesEveryVentureAndNoEditControl() {
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER, DEMO_VENTURES)) {
            Page page = viewer.page;
            assertThat(ventureRow(page, Demo.STARGATE_NORWAY)).isVisible();
            assertThat(ventureRow(page, Demo.STARGATE_US)).isVisible();
            assertThat(ventureRow(page, Demo.STARGATE_UAE)).isVisible();
            assertThat(page.locator(".edit-control")).hasCount(0);

            ventureRow(page, Demo.STARGATE_NORWAY).getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            assertThat(viewer.testId("stakes")).containsText(Demo.NSCALE);
            assertThat(page.locator(".edit-control")).hasCount(0);
            assertThat(viewer.testId("ownership-editor")).hasCount(0);
            viewer.screenshot("login-viewer-venture");
            viewer.assertNoProblems();
        }
    }

    @Test
    void thePartnerUserSeesOnlyStargateNorway() {
        try (WebUser partner = WebUser.login(gateway, KeycloakRealm.PARTNER, DEMO_VENTURES)) {
            Page page = partner.page;
            assertThat(partner.testId("venture-count")).hasText("1 venture");
            assertThat(page.locator("tr[data-venture]")).hasCount(1);
            assertThat(ventureRow(page, Demo.STARGATE_NORWAY)).isVisible();
            assertThat(ventureRow(page, Demo.STARGATE_US)).hasCount(0);
            assertThat(ventureRow(page, Demo.STARGATE_UAE)).hasCount(0);
            assertThat(page.locator(".edit-control")).hasCount(0);
            partner.screenshot("login-partner-ventures");
            partner.assertNoProblems();
        }
    }

    @Test
    void theEditorGetsTheFormsButNotTheOwnershipEditor() {
        try (WebUser editor = WebUser.login(gateway, KeycloakRealm.EDITOR, DEMO_VENTURES)) {
            Page page = editor.page;
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New venture"))).isVisible();
            ventureRow(page, Demo.STARGATE_NORWAY).getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit venture"))).isVisible();
            assertThat(editor.testId("ownership-editor")).hasCount(0);
            editor.assertNoProblems();
        }
    }

    @Test
    void theAdminGetsTheOwnershipEditor() {
        try (WebUser admin = WebUser.login(gateway, KeycloakRealm.ADMIN, DEMO_VENTURES)) {
            Page page = admin.page;
            ventureRow(page, Demo.STARGATE_NORWAY).getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
            Locator editor = admin.testId("ownership-editor");
            assertThat(editor).isVisible();
            assertThat(editor.getByLabel("From")).isVisible();
            assertThat(editor.getByLabel("Percentage to transfer")).isVisible();
            admin.screenshot("login-admin-editor");
            admin.assertNoProblems();
        }
    }

    @Test
    void logoutEndsTheKeycloakSession() {
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER)) {
            Page page = viewer.page;
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
            // back on Keycloak's login page, and opening the client again asks for the password again
            assertThat(page.locator("#kc-login")).isVisible();
            page.navigate(viewer.baseUrl + "/#/ventures");
            assertThat(page.locator("#username")).isVisible();
            viewer.assertNoProblems();
        }
    }

    @Test
    void theWebPagesCarryTheirSecurityHeaders() {
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER)) {
            Response index = viewer.page.navigate(viewer.baseUrl + "/");
            String csp = index.headerValue("content-security-policy");
            org.assertj.core.api.Assertions.assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'",
                    "connect-src 'self' " + io.jvplatform.devstack.KeycloakTestResource.baseUrl() + "/realms/jv/");
            org.assertj.core.api.Assertions.assertThat(index.headerValue("x-content-type-options")).isEqualTo("nosniff");
        }
    }

    static Locator ventureRow(Page page, String name) {
        return page.locator("tr[data-venture='" + name + "']");
    }
}
