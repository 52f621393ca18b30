package org.newsatlas.load;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Timing;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newsatlas.support.Browser;

/**
 * One analyst in a browser context of its own: opens the map, then, one action at a time, picks months on the
 * month bar, clicks markers, borders and countries, reads articles, pages and sorts the article list and
 * searches. Every request the page makes to the app is timed ({@link Request#timing()}: request sent to last
 * byte); an HTTP error, a failed request, a script or console error, a Vaadin system error ("Internal error",
 * "Session expired") or an action whose result never shows is recorded as an error.
 */
final class AnalystSession {

    static final String MAP_READY = "na-place-map[data-ready=true][data-overlays-ready]";
    private static final List<String> SEARCHES = List.of("Kabul", "China", "Texas", "virus", "London", "Iowa",
            "Ebola", "Paris", "Moscow", "Florida", "flood", "Georgia", "India", "school");
    private static final DateTimeFormatter MONTH_WORDS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final String base;
    private final LoadRecorder recorder;
    private final Random random;
    private final Page page;
    private final String name;

    AnalystSession(BrowserContext context, String base, LoadRecorder recorder, long seed, String name) {
        this.base = base;
        this.recorder = recorder;
        this.random = new Random(seed);
        this.name = name;
        this.page = context.newPage();
        page.onRequestFinished(this::timed);
        page.onResponse(response -> {
            if (response.url().startsWith(base) && response.status() >= 400) {
                error("HTTP " + response.status() + " " + response.url());
            }
        });
        page.onRequestFailed(request -> {
            String failure = request.failure();
            // a navigation cancels the old page's requests: that is the browser, not the app
            if (request.url().startsWith(base) && failure != null && !failure.contains("ERR_ABORTED")) {
                error("request failed: " + failure + " " + request.url());
            }
        });
        page.onPageError(message -> error("page error: " + message));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                error("console error: " + message.text());
            }
        });
    }

    /** A full page load of the map (all time), waiting until the map has drawn its layers. */
    void openMap() {
        act("full load", () -> {
            page.navigate(base + "/");
            page.waitForSelector(MAP_READY, attached());
        });
    }

    /** One action, chosen the way analysts spend their time: mostly months and features. */
    void next() {
        int roll = random.nextInt(100);
        if (!page.url().startsWith(base + "/") || page.url().contains("/articles")) {
            openMap();
        } else if (roll < 30) {
            act("month", this::pickMonth);
        } else if (roll < 55) {
            act("feature", this::clickFeature);
        } else if (roll < 70) {
            act("reader", this::readArticle);
        } else if (roll < 80) {
            act("articles", this::browseArticles);
        } else if (roll < 95) {
            act("search", this::search);
        } else {
            openMap();
        }
    }

    /** The browser page of this session (the memory probe keeps it open). */
    Page page() {
        return page;
    }

    /** A month's bar, or in a timeline of years showing years, a year's bar (the whole year). */
    private void pickMonth() {
        Locator bars = page.locator(".na-month-bar[data-month][aria-pressed=false]");
        Locator years = page.locator(".na-year-bar[aria-pressed=false]");
        boolean byYear = bars.count() == 0;
        Locator pickable = byYear ? years : bars;
        int count = pickable.count();
        if (count == 0) {
            return;
        }
        String generation = overlaysGeneration();
        Locator bar = pickable.nth(random.nextInt(count));
        String value = bar.getAttribute(byYear ? "data-year" : "data-month");
        bar.click();
        page.waitForFunction("g => document.querySelector('na-place-map').getAttribute('data-overlays-ready') !== g",
                generation);
        expectText(".na-month-label", byYear ? "Jan " + value + " – Dec " + value
                : YearMonth.parse(value).format(MONTH_WORDS));
    }

    private void clickFeature() {
        Locator features = page.locator("[data-feature]");
        int count = features.count();
        if (count == 0) {
            pickMonth();
            return;
        }
        Locator feature = features.nth(random.nextInt(Math.min(count, 400)));
        String label = feature.getAttribute("aria-label");
        String featureName = label.substring(0, label.lastIndexOf(", "));
        // markers under a cluster are not clickable where they are drawn: dispatch as the map tests do
        feature.dispatchEvent("click");
        page.waitForFunction("n => { const h = document.querySelector('.na-panel h2'); return h && h.textContent === n; }",
                featureName);
    }

    private void readArticle() {
        String open = ".na-panel .na-article vaadin-button:has-text('Open article')";
        if (page.locator(open).count() == 0) {
            clickFeature();
        }
        Locator articles = page.locator(".na-panel .na-article");
        if (articles.count() == 0) {
            return; // a feature without passages in this month: nothing to read
        }
        Locator article = articles.nth(random.nextInt(articles.count()));
        String title = article.locator("h3").textContent();
        article.locator("vaadin-button:has-text('Open article')").click();
        page.waitForFunction("t => [...document.querySelectorAll('vaadin-dialog.na-reader')]"
                + ".some(d => d.opened && d.headerTitle === t)", title);
        Browser.awaitIdle(page);
        closeDialogs();
    }

    private void browseArticles() {
        page.locator(".na-app-nav a[href='articles']").click();
        Locator grid = page.locator("vaadin-grid.na-article-grid");
        grid.waitFor();
        waitForGrid();
        page.locator("vaadin-grid.na-article-grid vaadin-grid-sorter").nth(random.nextInt(3)).click();
        waitForGrid();
        int size = ((Number) grid.evaluate("g => g.size")).intValue();
        if (size > 0) {
            grid.evaluate("(g, i) => g.scrollToIndex(i)", random.nextInt(size));
            waitForGrid();
        }
        page.locator(".na-app-nav a[href='']").click();
        page.waitForSelector(MAP_READY, attached());
    }

    private void search() {
        Locator input = page.locator("vaadin-combo-box.na-search input");
        input.fill(SEARCHES.get(random.nextInt(SEARCHES.size())));
        page.waitForFunction("() => { const c = document.querySelector('vaadin-combo-box.na-search');"
                + " return c.opened && !c.loading; }");
        Browser.awaitIdle(page);
        if (page.locator("vaadin-combo-box-item").count() > 0) {
            input.press("ArrowDown");
            input.press("Enter");
            Browser.awaitIdle(page);
        } else {
            input.press("Escape");
        }
        closeDialogs();
    }

    private void closeDialogs() {
        String anyOpen = "() => [...document.querySelectorAll('vaadin-dialog')].some(d => d.opened)";
        if (Boolean.TRUE.equals(page.evaluate(anyOpen))) {
            page.keyboard().press("Escape");
            page.waitForFunction("() => ![...document.querySelectorAll('vaadin-dialog')].some(d => d.opened)");
        }
    }

    private void waitForGrid() {
        page.waitForFunction("() => { const g = document.querySelector('vaadin-grid.na-article-grid');"
                + " return g && !g.loading && g.size !== undefined; }");
        Browser.awaitIdle(page);
    }

    private void expectText(String selector, String text) {
        page.waitForFunction("([s, t]) => { const e = document.querySelector(s); return e && e.textContent === t; }",
                List.of(selector, text));
    }

    private String overlaysGeneration() {
        return page.locator("na-place-map").getAttribute("data-overlays-ready");
    }

    private void act(String action, Runnable body) {
        try {
            body.run();
            recorder.action(action);
        } catch (PlaywrightException e) {
            error(action + " did not complete: " + firstLine(e.getMessage()));
        }
        if (page.locator(".v-system-error").count() > 0) {
            error("Vaadin system error after " + action + ": " + page.locator(".v-system-error").first().textContent());
            openMap();
        }
    }

    private void timed(Request request) {
        if (!request.url().startsWith(base)) {
            return;
        }
        String type = request.resourceType();
        String kind = request.url().contains("v-r=uidl") ? "uidl" : switch (type) {
            case "document" -> "document";
            case "xhr", "fetch" -> "fetch";
            default -> null;
        };
        Timing timing = request.timing();
        if (kind == null || timing == null || timing.responseEnd < 0) {
            return; // scripts, styles and fonts; or served from the browser's cache
        }
        recorder.response(kind, timing.responseEnd - Math.max(0, timing.requestStart));
    }

    private void error(String what) {
        recorder.error(name + ": " + what);
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static Page.WaitForSelectorOptions attached() {
        return new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED);
    }
}
