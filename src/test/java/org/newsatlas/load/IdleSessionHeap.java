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

    /** What was measured: the live heap before and after the sessions were opened. */
    public record Result(int sessions, ClassHistogram before, ClassHistogram after) {

        public long beforeBytes() {
            return before.totalBytes();
        }

        public long afterBytes() {
            return after.totalBytes();
        }

        public double bytesPerSession() {
            return (afterBytes() - beforeBytes()) / (double) sessions;
        }

        /** How many more live instances of the class there are with the sessions open. */
        public long instancesAdded(String className) {
            return after.instances(className) - before.instances(className);
        }

        /** Growth per session of the classes whose names start with {@code prefix} ("com.vaadin."). */
        public double bytesPerSession(String prefix) {
            return after.growthSince(before, Integer.MAX_VALUE).stream().filter(e -> e.getKey().startsWith(prefix))
                    .filter(e -> e.getValue() != 0)
                    .mapToLong(Map.Entry::getValue).sum() / (double) sessions;
        }

        /**
         * A table: live heap before and after, growth per session in all and by where the classes come from (the
         * rest is the JDK's strings, maps and arrays the others fill), and the classes that grew most.
         */
        public String describe() {
            StringBuilder out = new StringBuilder(String.format("heap per idle session (map open, %d sessions): "
                            + "%.0f KB (live heap %.1f MB -> %.1f MB, after a full GC)%n", sessions,
                    bytesPerSession() / 1024, beforeBytes() / 1048576.0, afterBytes() / 1048576.0));
            out.append(String.format("  %12s  %s%n", "KB/session", "classes"));
            for (String prefix : GROUPS) {
                out.append(String.format("  %12.1f  %s*%n", bytesPerSession(prefix) / 1024, prefix));
            }
            out.append(String.format("  %12s  %9s  %s%n", "KB/session", "instances", "class (grew most)"));
            after.growthSince(before, 25).forEach(e -> out.append(String.format("  %12.1f  %9d  %s%n",
                    e.getValue() / 1024.0 / sessions, instancesAdded(e.getKey()), e.getKey())));
            out.append(String.format("  %12s  %9s  %s%n", "KB/session", "instances", "class (shrank most)"));
            after.shrinkSince(before, 8).forEach(e -> out.append(String.format("  %12.1f  %9d  %s%n",
                    e.getValue() / 1024.0 / sessions, instancesAdded(e.getKey()), e.getKey())));
            return out.toString();
        }
    }

    private static final long SETTLED_BYTES = 512 * 1024;
    private static final int SETTLE_READINGS = 8;

    /** Where the growth is broken down in {@link Result#describe}. */
    private static final List<String> GROUPS = List.of("com.vaadin.", "org.newsatlas.", "org.h2.", "java.", "[");

    public Result measure() {
        try (Browser browser = new Browser()) {
            List<BrowserContext> open = new ArrayList<>();
            try {
                for (int i = 0; i < warmUp; i++) {
                    open.add(openMap(browser));
                }
                ClassHistogram before = settled();
                for (int i = 0; i < sessions; i++) {
                    open.add(openMap(browser));
                }
                ClassHistogram after = liveHeap.get();
                return new Result(sessions, before, after);
            } finally {
                open.forEach(BrowserContext::close);
            }
        }
    }

    /**
     * The live heap once two readings in a row (each after a full GC) differ by less than {@link #SETTLED_BYTES}:
     * what a freshly started app still drops (start-up work, caches trimmed) would otherwise count as a negative
     * cost of the sessions opened after it. At most {@link #SETTLE_READINGS} readings.
     */
    private ClassHistogram settled() {
        ClassHistogram last = liveHeap.get();
        for (int i = 1; i < SETTLE_READINGS; i++) {
            ClassHistogram next = liveHeap.get();
            if (Math.abs(next.totalBytes() - last.totalBytes()) < SETTLED_BYTES) {
                return next;
            }
            last = next;
        }
        return last;
    }

    private BrowserContext openMap(Browser browser) {
        BrowserContext context = browser.newContext(1280, 800);
        context.setDefaultTimeout(600_000); // the first page builds the layers: minutes on a busy machine
        context.setDefaultNavigationTimeout(600_000);
        Page page = context.newPage();
        page.navigate(base + "/");
        page.waitForSelector(AnalystSession.MAP_READY,
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        Browser.awaitIdle(page);
        return context;
    }
}
