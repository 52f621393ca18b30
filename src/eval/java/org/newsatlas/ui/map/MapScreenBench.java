package org.newsatlas.ui.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.newsatlas.support.Browser;
import org.newsatlas.support.TempDataDir;

/**
 * Map screen timings in headless Chromium (a benchmark, not a test): first map paint (page load to base map and
 * data layers drawn), month switch (click on a month bar to the layers redrawn), opening the country with the most
 * passages on the loaded map (its click to its first passages shown) and from a link (page load to the same), and
 * page weight. Starts the packaged jar (production mode) on its own port, over the seed corpus or over a data
 * folder of a larger corpus (e.g. one {@code ScaleBench} imported). Prints a table. Run:
 * {@code mvn -q package -DskipTests && mvn -Peval -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newsatlas.ui.map.MapScreenBench [-Druns=20] [-Ddata-dir=/work/load/data-10000]
 * [-Dmonth=2021-08 -Dother-month=2021-07] [-Djar=/work/load/bench.jar] [-Dscreenshot=target/screenshots/bench.png]
 * [-Djfr=/tmp/app.jfr]} ({@code jar}: a copy, which a build meanwhile cannot replace under the server;
 * {@code screenshot}: the last run's map after the month switch; {@code jfr}: the server's flight recording).
 */
public final class MapScreenBench {

    private static final int RUNS = Integer.getInteger("runs", 10);
    private static final String MONTH = System.getProperty("month", "2021-08");
    /**
     * Times a month switch inside the page, as a person sees it: from the pointer going down on the bar to the map's
     * layers drawn (its data-overlays-ready changing), without the driver's own work around a click (finding,
     * scrolling to and waiting on the element, then polling for the result), which the outer figure includes.
     */
    private static final String SWITCH_IN_PAGE = """
            () => {
              const map = document.querySelector('na-place-map');
              window.__naSwitch = {};
              document.addEventListener('pointerdown', () => { window.__naSwitch.input = performance.now(); },
                  { capture: true, once: true });
              new MutationObserver((changes, observer) => {
                window.__naSwitch.ready = performance.now();
                observer.disconnect();
              }).observe(map, { attributes: true, attributeFilter: ['data-overlays-ready'] });
            }""";
    private static final String OTHER_MONTH = System.getProperty("other-month", "2021-07");
    /** Names typed into the correction dialog's place lookup, per run: common, ambiguous, a prefix. */
    private static final List<String> LOOKUP_NAMES = List.of("London", "Springfield", "Ushu", "Alexandria", "San",
            "Fyzabad");
    /** Month switches back and forth after the first, per run. */
    private static final int SWITCHES_AGAIN = 4;

    private MapScreenBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = 18080 + (int) (ProcessHandle.current().pid() % 1000);
        String dataDir = System.getProperty("data-dir");
        if (dataDir == null) {
            dataDir = TempDataDir.create("bench").toString();
        }
        List<String> jvm = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g"));
        if (System.getProperty("jfr") != null) {
            jvm.add("-XX:StartFlightRecording=filename=" + System.getProperty("jfr") + ",settings=profile");
        }
        jvm.addAll(List.of("-jar", System.getProperty("jar", "target/news-atlas.jar"), "--server.port=" + port,
                "--newsatlas.data-dir=" + dataDir));
        Process app = new ProcessBuilder(jvm).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            waitForServer(base);
            String biggest = biggestCountry(base);
            long[] paint = new long[RUNS];
            long[] monthSwitch = new long[RUNS];
            long[] monthSwitchInPage = new long[RUNS];
            long[] switchAgain = new long[RUNS * SWITCHES_AGAIN];
            long[] open = new long[RUNS];
            long[] openOnMap = new long[RUNS];
            long[] openAnswered = new long[RUNS];
            long[] openInserted = new long[RUNS];
            long[] lookups = new long[RUNS * LOOKUP_NAMES.size()];
            long panelElements = 0;
            long panelButtons = 0;
            long bytes = 0;
            Map<String, long[]> milestones = new LinkedHashMap<>();
            for (int run = 0; run < RUNS; run++) {
                try (BrowserContext context = browser.newContext(1280, 800)) {
                    Page page = context.newPage();
                    long start = System.nanoTime();
                    page.navigate(base + "/?month=" + MONTH);
                    page.waitForSelector("na-place-map[data-ready=true][data-overlays-ready]",
                            new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
                    paint[run] = (System.nanoTime() - start) / 1_000_000;
                    int current = run;
                    milestones(page).forEach((name, ms) ->
                            milestones.computeIfAbsent(name, k -> new long[RUNS])[current] = ms);
                    String generation = page.locator("na-place-map").getAttribute("data-overlays-ready");
                    page.evaluate(SWITCH_IN_PAGE);
                    start = System.nanoTime();
                    page.locator(".na-month-bar[data-month='" + OTHER_MONTH + "']").click();
                    page.waitForFunction("g => document.querySelector('na-place-map')"
                            + ".getAttribute('data-overlays-ready') !== g", generation);
                    monthSwitch[run] = (System.nanoTime() - start) / 1_000_000;
                    monthSwitchInPage[run] = ((Number) page.evaluate(
                            "() => window.__naSwitch.ready - window.__naSwitch.input")).longValue();
                    // then back and forth, as a person comparing months does (each document fetched once)
                    for (int again = 0; again < SWITCHES_AGAIN; again++) {
                        String month = again % 2 == 0 ? MONTH : OTHER_MONTH;
                        String before = page.locator("na-place-map").getAttribute("data-overlays-ready");
                        long from = System.nanoTime();
                        page.locator(".na-month-bar[data-month='" + month + "']").click();
                        page.waitForFunction("g => document.querySelector('na-place-map')"
                                + ".getAttribute('data-overlays-ready') !== g", before);
                        switchAgain[run * SWITCHES_AGAIN + again] = (System.nanoTime() - from) / 1_000_000;
                    }
                    bytes = transferred(page);
                    if (run == RUNS - 1 && System.getProperty("screenshot") != null) {
                        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(System.getProperty("screenshot"))));
                    }
                }
                try (BrowserContext context = browser.newContext(1280, 800)) {
                    Page page = context.newPage();
                    long start = System.nanoTime();
                    page.navigate(base + "/?feature=countries/" + biggest);
                    page.waitForSelector(".na-panel .na-article");
                    open[run] = (System.nanoTime() - start) / 1_000_000;
                }
                try (BrowserContext context = browser.newContext(1280, 800)) {
                    Page page = context.newPage();
                    page.navigate(base + "/");
                    page.waitForSelector("na-place-map[data-ready=true][data-overlays-ready]",
                            new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
                    // in the page: when the first passage is inserted (it may be painted only later, after the map)
                    page.evaluate("""
                            () => {
                              window.naClickAt = performance.now();
                              new MutationObserver((changes, observer) => {
                                if (document.querySelector('.na-panel .na-article')) {
                                  window.naInsertedAt = performance.now();
                                  observer.disconnect();
                                }
                              }).observe(document.body, { childList: true, subtree: true });
                            }""");
                    long start = System.nanoTime();
                    // what a click on the country's outline sends (the map's own click handler); the server's
                    // answer is the UIDL response that follows it
                    Response answer = page.waitForResponse(r -> r.url().contains("v-r=uidl"), () ->
                            page.evaluate("id => document.querySelector('na-place-map')._emitClick('countries', id)",
                                    biggest));
                    answer.finished();
                    openAnswered[run] = (System.nanoTime() - start) / 1_000_000;
                    page.waitForSelector(".na-panel .na-article");
                    openOnMap[run] = (System.nanoTime() - start) / 1_000_000;
                    openInserted[run] = Math.round(((Number) page.evaluate("() => window.naInsertedAt - window.naClickAt"))
                            .doubleValue());
                    panelElements = ((Number) page.evaluate("() => document.querySelectorAll('.na-panel *').length"))
                            .longValue();
                    panelButtons = ((Number) page.evaluate(
                            "() => document.querySelectorAll('.na-panel vaadin-button').length")).longValue();
                    // the correction dialog's place lookup: from the last key typed to the places shown
                    page.locator(".na-panel vaadin-button.na-mention-correct").first().click();
                    Locator field = page.locator(".na-correction__search input");
                    Locator found = page.locator(".na-correction__found-count");
                    for (int i = 0; i < LOOKUP_NAMES.size(); i++) {
                        field.fill("");
                        page.waitForCondition(() -> found.textContent().isEmpty());
                        field.pressSequentially(LOOKUP_NAMES.get(i));
                        long typed = System.nanoTime();
                        page.waitForCondition(() -> !found.textContent().isEmpty());
                        lookups[run * LOOKUP_NAMES.size() + i] = (System.nanoTime() - typed) / 1_000_000;
                    }
                }
            }
            System.out.println(table(paint, monthSwitch, monthSwitchInPage, switchAgain, open, openOnMap, openAnswered, openInserted, biggest, bytes,
                    milestones));
            System.out.printf("%-52s %8d (%d of them vaadin-buttons)%n", "elements in the panel after opening " + biggest,
                    panelElements, panelButtons);
            System.out.println(row("place lookup, last key to places shown, ms (< 300)", lookups)
                    + "   (" + String.join(", ", LOOKUP_NAMES) + ")");
        } finally {
            app.destroy();
        }
    }

    private static void waitForServer(String base) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/ogc")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not start at " + base);
    }

    /**
     * Bytes on the wire (compressed, headers included) of the document and every resource it loaded, from the
     * browser's Resource Timing entries: read after the timings, so measuring weight costs the timings nothing.
     */
    private static long transferred(Page page) {
        Object total = page.evaluate("() => performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".reduce((sum, e) => sum + (e.transferSize || 0), 0)");
        return ((Number) total).longValue();
    }

    /**
     * Where the first paint's time went: the browser's navigation milestones and the map's own marks, in ms
     * from the start of navigation.
     */
    private static Map<String, Long> milestones(Page page) {
        Map<?, ?> marks = (Map<?, ?>) page.evaluate("""
                () => {
                  const nav = performance.getEntriesByType('navigation')[0];
                  const out = { 'document received': nav.responseEnd, 'DOM content loaded': nav.domContentLoadedEventEnd,
                                'load event': nav.loadEventEnd };
                  performance.getEntriesByType('mark').filter((m) => m.name.startsWith('na-map:'))
                    .forEach((m) => { out[m.name] = m.startTime; });
                  return out;
                }""");
        Map<String, Long> milestones = new LinkedHashMap<>();
        marks.forEach((name, ms) -> milestones.put((String) name, Math.round(((Number) ms).doubleValue())));
        return milestones;
    }

    /** The id of the country with the most passages, all time (what the OGC items say). */
    /** The country with most passages, once the corpus has one (a fresh data folder imports the seeds first). */
    private static String biggestCountry(String base) throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return biggestCountryNow(base);
            } catch (IllegalStateException e) {
                if (attempt >= 600) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    private static String biggestCountryNow(String base) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/ogc/collections/countries/items?limit=1000&mentioned=true")).build(),
                HttpResponse.BodyHandlers.ofString());
        String id = null;
        int most = -1;
        for (JsonNode f : new ObjectMapper()
                .readTree(answer.body()).path("features")) {
            int passages = f.path("properties").path("passage_count").asInt();
            if (passages > most) {
                most = passages;
                id = f.path("id").asText();
            }
        }
        if (id == null) {
            throw new IllegalStateException("no country is mentioned in the corpus at " + base);
        }
        return id;
    }

    private static String table(long[] paint, long[] monthSwitch, long[] monthSwitchInPage, long[] switchAgain, long[] open, long[] openOnMap,
                                long[] openAnswered, long[] openInserted, String biggest, long bytes,
                                Map<String, long[]> milestones) {
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%-52s %8s %8s %8s", "measure (" + RUNS + " runs, fresh browser context)", "median",
                "p90", "max"));
        rows.add(row("first map paint, ms (target < 1500)", paint));
        milestones.forEach((name, values) -> rows.add(row("  of which, at " + name, values)));
        rows.add(row("month switch, the first on the page, ms (target < 300)", monthSwitch));
        rows.add(row("  of which, in the page: its press to the layers drawn", monthSwitchInPage));
        rows.add(row("month switch, back and forth after it, ms", switchAgain));
        rows.add(row("open " + biggest + " on the map, all time, ms (target < 1000)", openOnMap));
        rows.add(row("  of which, to the server's whole answer", openAnswered));
        rows.add(row("  of which, to the passages in the page", openInserted));
        rows.add(row("open " + biggest + " from a link (page load), ms", open));
        rows.add(String.format("%-52s %8d", "page weight, KB transferred (first load)", bytes / 1024));
        return String.join("\n", rows);
    }

    private static String row(String name, long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("%-52s %8d %8d %8d", name, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.9) - 1], sorted[sorted.length - 1]);
    }
}
