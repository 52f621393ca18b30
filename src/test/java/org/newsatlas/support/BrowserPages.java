package org.newsatlas.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh browser context and page for each test, in one headless Chromium shared by all browser tests of the
 * run (started at the first, closed when the run ends). Register it as an instance field:
 * {@code @RegisterExtension final BrowserPages browser = new BrowserPages(1280, 800);}
 */
public final class BrowserPages implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserPages.class);
    private final int width;
    private final int height;
    private Browser chromium;
    private BrowserContext context;
    private Page page;

    public BrowserPages(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        chromium = extension.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class, key -> new Browser(),
                Browser.class);
        context = chromium.newContext(width, height);
        page = context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        context.close();
    }

    /** This test's page, in a context of the registered size. */
    public Page page() {
        return page;
    }

    /** Another context of another size (a phone), closed by the caller. */
    public BrowserContext newContext(int contextWidth, int contextHeight) {
        return chromium.newContext(contextWidth, contextHeight);
    }
}
