package io.jvplatform.gateway.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.jvplatform.devstack.KeycloakRealm;
import io.jvplatform.gateway.support.Demo;
import io.jvplatform.gateway.support.PlatformResource;
import io.jvplatform.gateway.support.Ventures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The venture and partner pages' audit trail (admins only) and the venture page's export
 * downloads, which must carry the bearer token (a plain link would not).
 */
@QuarkusTest
@QuarkusTestResource(PlatformResource.class)
class AuditAndExportTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void anAdminSeesTheAuditTrailOfTheVentureAfterAnEditAndOfAPartner() {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String venture = Ventures.createOwnedWithPhase("Audited in the browser", "AuditWeb", nscale, Ventures.partnerId(Demo.AKER));
        try (WebUser admin = WebUser.login(gateway, KeycloakRealm.ADMIN, "/ventures/" + venture)) {
            Page page = admin.page;
            Locator entries = admin.testId("audit-entries").locator("tbody tr");
            assertThat(entries).hasCount(3);

            page.locator("#p-partner").selectOption(nscale);
            page.locator("#p-role").selectOption("BUILDER");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add participant")).click();

            assertThat(entries).hasCount(4);
            assertThat(entries.first()).containsText("addParticipant");
            assertThat(entries.first()).containsText(KeycloakRealm.ADMIN);
            assertThat(entries.first()).containsText("BUILDER");
            assertThat(entries.nth(3)).containsText("createVenture");
            admin.screenshot("venture-audit-trail");

            admin.open("/partners/" + nscale);
            assertThat(admin.testId("audit-trail")).containsText("Audit trail");
            admin.assertNoProblems();
        }
    }

    @Test
    void aViewerSeesNoAuditTrailOnTheVentureOrThePartnerPage() {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String venture = Ventures.createOwnedWithPhase("Audited, viewed", "AuditWeb", nscale, Ventures.partnerId(Demo.AKER));
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER, "/ventures/" + venture)) {
            assertThat(viewer.testId("stakes")).isVisible();
            assertThat(viewer.testId("exports")).isVisible();
            assertThat(viewer.testId("audit-trail")).hasCount(0);

            viewer.open("/partners/" + nscale);
            assertThat(viewer.page.locator("h1")).containsText(Demo.NSCALE);
            assertThat(viewer.testId("audit-trail")).hasCount(0);
            viewer.assertNoProblems();
        }
    }

    @Test
    void theExportLinksDownloadFilesThatParseAsTheCapTableShown() throws IOException {
        String nscale = Ventures.partnerId(Demo.NSCALE);
        String aker = Ventures.partnerId(Demo.AKER);
        String venture = Ventures.createOwnedWithPhase("Exported in the browser", "AuditWeb", nscale, aker);
        try (WebUser viewer = WebUser.login(gateway, KeycloakRealm.VIEWER, "/ventures/" + venture)) {
            Page page = viewer.page;
            assertThat(viewer.testId("stakes")).isVisible();

            Download ocf = page.waitForDownload(() -> page.getByText("Export OCF JSON").click());
            JsonNode document = JSON.readTree(Files.readString(ocf.path(), StandardCharsets.UTF_8));
            org.assertj.core.api.Assertions.assertThat(ocf.suggestedFilename()).endsWith("ocf.json");
            org.assertj.core.api.Assertions.assertThat(document.at("/issuer/id").asText()).isEqualTo(venture);
            org.assertj.core.api.Assertions.assertThat(document.get("as_of").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
            org.assertj.core.api.Assertions.assertThat(document.at("/cap_table/holdings").findValuesAsText("quantity"))
                    .containsExactly("50.0000", "50.0000");

            Download csv = page.waitForDownload(() -> page.getByText("Export cap table CSV").click());
            List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThat(lines.get(0)).startsWith("venture_id,venture_name,as_of");
            org.assertj.core.api.Assertions.assertThat(lines.subList(1, lines.size()))
                    .hasSize(2).allMatch(line -> line.startsWith(venture + ",") && line.endsWith(",50.0000"));

            Download ledger = page.waitForDownload(() -> page.getByText("Export ledger CSV").click());
            org.assertj.core.api.Assertions.assertThat(Files.readAllLines(ledger.path(), StandardCharsets.UTF_8)).hasSize(3);
            viewer.assertNoProblems();
        }
    }
}
