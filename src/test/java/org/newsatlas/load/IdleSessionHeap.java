package org.newsatlas.load;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.newsatlas.support.Browser;

/**
 * Heap per idle session: opens {@code warmUp} sessions (their first use fills the app's shared caches), takes the
 * live heap after a full GC, opens {@code sessions} more browser sessions with the map open (all time: the most
 * features), waits until each has drawn its map and gone quiet, takes the live heap again, and divides the growth
 * by the number of sessions. The pages stay open while the heap is read, as an analyst's idle tab would.
 *
 * @param liveHeap the app's class histogram after a full GC (jcmd for a separate process, the diagnostic
 *                 command MBean in-process)
 */
public record IdleSessionHeap(String base, int warmUp, int sessions, Supplier<ClassHistogram> liveHeap) {

    /** What was measured: live heap before and after, and the classes that grew most. */
    public record Result(int sessions, long beforeBytes, long afterBytes, List<Map.Entry<String, Long>> growth) {
        public double bytesPerSession() {
            return (afterBytes - beforeBytes) / (double) sessions;
        }

        public String describe() {
            StringBuilder out = new StringBuilder(String.format("heap per idle session (map open, %d sessions): "
                            + "%.0f KB (live heap %.1f MB -> %.1f MB)%n", sessions, bytesPerSession() / 1024,
                    beforeBytes / 1048576.0, afterBytes / 1048576.0));
            out.append("  grew most, KB per session:\n");
            growth.forEach(e -> out.append(String.format("  %10.1f  %s%n", e.getValue() / 1024.0 / sessions,
                    e.getKey())));
            return out.toString();
        }
    }

    public Result measure() {
        try (Browser browser = new Browser()) {
            List<BrowserContext> open = new ArrayList<>();
            try {
                for (int i = 0; i < warmUp; i++) {
                    open.add(openMap(browser));
                }
                liveHeap.get(); // one full GC to let the caches settle, then the baseline
                ClassHistogram before = liveHeap.get();
                for (int i = 0; i < sessions; i++) {
                    open.add(openMap(browser));
                }
                ClassHistogram after = liveHeap.get();
                return new Result(sessions, before.totalBytes(), after.totalBytes(), after.growthSince(before, 15));
            } finally {
                open.forEach(BrowserContext::close);
            }
        }
    }

    private BrowserContext openMap(Browser browser) {
        BrowserContext context = browser.newContext(1280, 800);
        context.setDefaultTimeout(600_000); // the first page builds the layers: minutes on a busy machine
        context.setDefaultNavigationTimeout(600_000);
        Page page = context.newPage();
        page.navigate(base + "/");
        page.waitForSelector(AnalystSession.MAP_READY,
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients)"
                + ".every(c => !c.isActive || !c.isActive())");
        return context;
    }
}
