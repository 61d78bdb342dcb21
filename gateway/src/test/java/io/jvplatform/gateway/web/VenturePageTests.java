package io.jvplatform.gateway.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

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

/** Stargate Norway's page as seeded: the 50/50 donut and parity, Phase 1's money and MW, the ledger, the as-of date. */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class VenturePageTests {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void stargateNorwayShowsItsFiftyFiftyCapTablePhaseOneAndLedger() {
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER, LoginTests.DEMO_VENTURES)) {
            Page page = viewer.page;
            LoginTests.ventureRow(page, Demo.STARGATE_NORWAY).getByRole(AriaRole.LINK).click();

            Locator capTable = viewer.testId("cap-table");
            // the donut (SVG): two slices, labelled with the owners and their exact percentages
            Locator donut = capTable.locator("jv-chart.donut svg");
            assertThat(capTable.locator("jv-chart.donut")).hasAttribute("data-slices", Demo.AKER + " 50.0000 %; " + Demo.NSCALE + " 50.0000 %");
            assertThat(donut).containsText(Demo.NSCALE);
            assertThat(donut).containsText(Demo.AKER);
            assertThat(donut).containsText("50.0000 %");
            Locator stakes = viewer.testId("stakes").locator("tbody tr");
            assertThat(stakes).hasCount(2);
            assertThat(stakes.filter(new Locator.FilterOptions().setHasText(Demo.NSCALE))).containsText("50.0000 %");
            assertThat(stakes.filter(new Locator.FilterOptions().setHasText(Demo.AKER))).containsText("50.0000 %");
            assertThat(viewer.testId("parity")).containsText("deadlock");

            Locator phase1 = page.locator("tr[data-phase='" + Demo.PHASE_1 + "']");
            assertThat(phase1).containsText("USD 1.00 bn");
            assertThat(phase1).containsText("230 MW");
            assertThat(phase1).containsText(Demo.NSCALE + ": USD 500.00 m (50.0000 %)");
            assertThat(phase1).containsText(Demo.AKER + ": USD 500.00 m (50.0000 %)");
            assertThat(phase1).containsText("USD 4.35 m"); // capital per MW: 1 bn / 230 MW
            assertThat(viewer.testId("totals")).hasText("USD 1.00 bn");

            Locator ledger = viewer.testId("ledger").locator("tbody tr");
            assertThat(ledger).hasCount(1);
            assertThat(ledger.first()).containsText("SET");
            assertThat(ledger.first()).containsText("2025-07-31");
            assertThat(ledger.first()).containsText(Demo.AKER + " 50.0000 %, " + Demo.NSCALE + " 50.0000 %");
            assertThat(ledger.first()).containsText(KeycloakRealm.ADMIN);
            viewer.screenshot("venture-stargate-norway");

            // the day before the founding entry took effect: no owners yet
            page.getByLabel("As of").fill("2025-07-30");
            page.getByLabel("As of").dispatchEvent("change");
            assertThat(viewer.testId("no-owners")).containsText("2025-07-30");
            assertThat(viewer.testId("stakes")).hasCount(0);
            viewer.screenshot("venture-stargate-norway-before-founding");
            viewer.assertNoProblems();
        }
    }

    @Test
    void aFreshlyLoadedVenturePageRendersQuickly() {
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER, LoginTests.DEMO_VENTURES)) {
            LoginTests.ventureRow(viewer.page, Demo.STARGATE_NORWAY).getByRole(AriaRole.LINK).click();
            String venturePage = viewer.page.url();
            // a full load of the page (new document; the Keycloak session is reused, no password)
            viewer.page.navigate("about:blank");
            viewer.page.navigate(venturePage);
            assertThat(viewer.testId("stakes")).containsText(Demo.NSCALE);
            double rendered = ((Number) viewer.page.evaluate(
                    "() => performance.getEntriesByName('venture-rendered').at(-1).startTime")).doubleValue();
            double firstResponse = ((Number) viewer.page.evaluate(
                    "() => performance.getEntriesByType('navigation')[0].responseStart")).doubleValue();
            String line = String.format("venture page rendered %.0f ms after navigation start of the page (first byte at %.0f ms)%n",
                    rendered, firstResponse);
            System.out.print("[web] " + line);
            write(Path.of("target", "web-timing.txt"), line);
            org.assertj.core.api.Assertions.assertThat(rendered).isLessThan(5000);
            viewer.screenshot("venture-page-fresh-load");
            viewer.assertNoProblems();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
