package io.jvplatform.gateway.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import io.jvplatform.devstack.KeycloakRealm;

/**
 * One demo user in a browser of their own (a Playwright context: own cookies, own Keycloak
 * session), logged in through Keycloak's real login page. Everything that goes wrong on any page
 * — a console error, an uncaught exception, a failed request, an HTTP error status — is kept
 * and fails the test in {@link #assertNoProblems()}.
 */
final class WebUser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final String name;
    final String baseUrl;
    final BrowserContext context;
    final Page page;
    final List<String> problems = new CopyOnWriteArrayList<>();

    private WebUser(String name, String baseUrl) {
        this.name = name;
        this.baseUrl = baseUrl;
        Browser browser = Chromium.browser();
        this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        this.context.setDefaultTimeout(15_000);
        this.page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add("console error on " + page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add("uncaught error on " + page.url() + ": " + error));
        page.onRequestFailed(request -> problems.add("failed request " + request.method() + " " + request.url() + ": " + request.failure()));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                problems.add("HTTP " + response.status() + " for " + response.request().method() + " " + response.url());
            }
        });
    }

    /** The origin the tests open: 127.0.0.1, the host the test realm is told to allow. */
    static String origin(URL gateway) {
        return "http://127.0.0.1:" + gateway.getPort();
    }

    /** Opens the web client as {@code demoUser}, logging in on Keycloak's own page. */
    static WebUser login(URL gateway, String demoUser) {
        return login(gateway, demoUser, "/ventures");
    }

    static WebUser login(URL gateway, String demoUser, String screen) {
        String origin = origin(gateway);
        TestRedirects.allow(origin);
        WebUser user = new WebUser(demoUser, origin);
        user.page.navigate(origin + "/#" + screen);
        user.page.locator("#username").fill(demoUser);
        user.page.locator("#password").fill(KeycloakRealm.demoPassword(demoUser));
        user.page.locator("#kc-login").click();
        assertThat(user.page.getByTestId("user")).containsText(demoUser);
        return user;
    }

    /** Navigates within the client (a hash route, no new login). */
    void open(String screen) {
        page.navigate(baseUrl + "/#" + screen);
    }

    Locator testId(String id) {
        return page.getByTestId(id);
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    void assertNoProblems() {
        org.assertj.core.api.Assertions.assertThat(problems).as("problems in the browser of " + name).isEmpty();
    }

    @Override
    public void close() {
        // the last state of every browser, also of a failed test, for a look afterwards
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("last").resolve(
                Thread.currentThread().getStackTrace()[2].getMethodName() + "-" + name + "-" + System.identityHashCode(this) + ".png")).setFullPage(true));
        context.close();
    }
}
