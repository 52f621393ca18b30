package org.newsatlas.ui.map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.newsatlas.support.Browser;

/** What browser tests do on the map screen: open a view and wait for it, find a feature, wait for the panel. */
public final class MapScreenPage {

    private final Page page;
    private final int port;

    public MapScreenPage(Page page, int port) {
        this.page = page;
        this.port = port;
    }

    /** Opens a path ("/?month=2021-08") and waits until the map has drawn that view's layers. */
    public MapScreenPage open(String path) {
        page.navigate("http://localhost:" + port + path);
        return awaitMap();
    }

    /** Waits until the map on the current page has drawn its layers (after a link or a navigation). */
    public MapScreenPage awaitMap() {
        page.waitForSelector("na-place-map[data-ready=true][data-overlays-ready]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        return this;
    }

    /** The map element of a feature ("capitals/gn:1221874"), once it is drawn. */
    public Locator feature(String ref) {
        Locator feature = page.locator("[data-feature='" + ref + "']").first();
        feature.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return feature;
    }

    /**
     * Makes a month's bar visible as a person would: in a timeline of years, "All years" if a year is zoomed into,
     * then the year's bar (which selects the year), and waits until the map has drawn that year.
     */
    public Locator revealMonth(String month) {
        Locator bar = page.locator(".na-month-bar[data-month='" + month + "']");
        if (bar.count() > 0) {
            return bar;
        }
        Locator allYears = page.locator(".na-month-filter vaadin-button[aria-label$='back to all years']");
        if (allYears.isVisible()) {
            allYears.click();
        }
        String year = month.substring(0, 4);
        page.locator(".na-year-bar[data-year='" + year + "']").click();
        awaitWindow(year + "-01.." + year + "-12");
        page.waitForCondition(() -> url().contains("month=" + year + "-01.." + year + "-12"));
        bar.waitFor();
        return bar;
    }

    /**
     * Waits until the map has drawn the features of this window ("2021-08", "2021-06..2021-09", "" for all time):
     * they are fetched after the month is picked, so the map may show the month before for a moment.
     */
    public void awaitWindow(String window) {
        page.waitForSelector("na-place-map[data-overlays-data*='window=" + window + "&']",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
    }

    /** Waits until the side panel shows this heading. */
    public void waitForPanel(String heading) {
        page.waitForFunction("n => { const h = document.querySelector('.na-panel h2'); return h && h.textContent === n; }",
                heading);
    }

    /** The page's URL with its query unescaped ("feature=capitals/gn:1221874"). */
    public String url() {
        return URLDecoder.decode(page.url(), StandardCharsets.UTF_8);
    }

    /**
     * Waits until Vaadin's client has no request and no deferred work left. After a response it notes the URL in
     * a deferred task, and takes a popstate to the URL it last noted for a mere hash change: a back or forward
     * sent before that task ran (only a script is that fast) would never reach the server.
     */
    public void settleHistory() {
        Browser.awaitIdle(page);
        // and until the tasks the last response queued have run: a task queued now runs after them, as does a frame
        page.evaluate("() => new Promise(done => setTimeout(() => requestAnimationFrame(() => setTimeout(done, 0)), 0))");
        Browser.awaitIdle(page);
    }
}
