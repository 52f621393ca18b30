package org.newsatlas.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Debian Chromium driven by Playwright for Java. Playwright never downloads a browser here;
 * the system one is at {@code /usr/bin/chromium} unless {@code newsatlas.chromium} says otherwise.
 */
public final class Browser implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private static final String CLIENT_IDLE =

            "() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())";

    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium())
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
    }

    public BrowserContext newContext(int width, int height) {
        return browser.newContext(new NewContextOptions().setViewportSize(width, height));
    }

    /** Waits until Vaadin's client on the page has no request under way and nothing left to send. */
    public static void awaitIdle(Page page) {
        page.waitForFunction(CLIENT_IDLE);
    }

    public static Path screenshotPath(String name) {
        return Paths.get("target", "screenshots", name + ".png");
    }

    private static Path chromium() {
        return Paths.get(System.getProperty("newsatlas.chromium", "/usr/bin/chromium"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
