package io.jvplatform.gateway.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's Chromium driven by Playwright, one browser for the whole test JVM (each test gets
 * its own context, i.e. its own cookies and storage). Playwright never downloads a browser here:
 * without {@value #EXECUTABLE} a browser test fails and says how to install it — it never skips.
 */
final class Chromium {

    static final String EXECUTABLE = "/usr/bin/chromium";
    static final String INSTALL = "apt-get update && apt-get install -y chromium";
    /** Root in CI needs --no-sandbox; the rest keeps Chromium from calling home during a test. */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    private static Browser browser;

    private Chromium() {
    }

    static synchronized Browser browser() {
        if (browser == null) {
            if (!Files.isExecutable(Path.of(EXECUTABLE))) {
                throw new AssertionError("The browser tests need Chromium at " + EXECUTABLE + ": install it with `" + INSTALL + "`");
            }
            // a 2-core machine shared with other builds: give the pages time
            PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(EXECUTABLE))
                    .setHeadless(true)
                    .setArgs(ARGS));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
        }
        return browser;
    }
}
