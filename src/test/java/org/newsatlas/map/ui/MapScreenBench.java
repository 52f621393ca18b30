package org.newsatlas.map.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.newsatlas.Application;
import org.newsatlas.support.Browser;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Map screen timings in headless Chromium over the seed corpus (a benchmark, not a test): first map paint (page
 * load to base map and data layers drawn), month switch (click on a month bar to the layers redrawn), and page
 * weight. Prints a table. Run: {@code mvn -q package -DskipTests && mvn -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newsatlas.map.ui.MapScreenBench}.
 */
public final class MapScreenBench {

    private static final int RUNS = 10;

    private MapScreenBench() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
                "--newsatlas.data-dir=" + TempDataDir.create("bench"), "--logging.level.root=warn");
             Browser browser = new Browser()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String base = "http://localhost:" + port;
            long[] paint = new long[RUNS];
            long[] monthSwitch = new long[RUNS];
            long bytes = 0;
            for (int run = 0; run < RUNS; run++) {
                try (BrowserContext context = browser.newContext(1280, 800)) {
                    Page page = context.newPage();
                    AtomicLong weight = new AtomicLong();
                    page.onResponse(r -> {
                        String length = r.headerValue("content-length");
                        weight.addAndGet(length == null ? bodySize(r) : Long.parseLong(length));
                    });
                    long start = System.nanoTime();
                    page.navigate(base + "/?month=2021-08");
                    page.waitForSelector("na-place-map[data-ready=true][data-overlays-ready]",
                            new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
                    paint[run] = (System.nanoTime() - start) / 1_000_000;
                    String generation = page.locator("na-place-map").getAttribute("data-overlays-ready");
                    start = System.nanoTime();
                    page.locator(".na-month-bar[data-month='2021-07']").click();
                    page.waitForFunction("g => document.querySelector('na-place-map')"
                            + ".getAttribute('data-overlays-ready') !== g", generation);
                    monthSwitch[run] = (System.nanoTime() - start) / 1_000_000;
                    bytes = weight.get();
                }
            }
            System.out.println(table(paint, monthSwitch, bytes));
        }
    }

    private static long bodySize(com.microsoft.playwright.Response response) {
        try {
            return response.body().length;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static String table(long[] paint, long[] monthSwitch, long bytes) {
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%-40s %8s %8s %8s", "measure (" + RUNS + " runs, fresh browser context)", "median",
                "p90", "max"));
        rows.add(row("first map paint, ms (target < 1500)", paint));
        rows.add(row("month switch, ms (target < 300)", monthSwitch));
        rows.add(String.format("%-40s %8d", "page weight, KB transferred (first load)", bytes / 1024));
        return String.join("\n", rows);
    }

    private static String row(String name, long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("%-40s %8d %8d %8d", name, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.9) - 1], sorted[sorted.length - 1]);
    }
}
