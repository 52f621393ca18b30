package org.newsatlas.load;

import com.microsoft.playwright.BrowserContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.newsatlas.support.Browser;

/**
 * Many analysts at once against a running app. Playwright objects belong to the thread that made them, so each of
 * {@code drivers} threads runs a headless Chromium of its own with its share of the sessions (a browser context
 * each, all open for the whole run) and lets the one whose think time is over act next. At most {@code drivers}
 * actions are thus under way at once; every session stays open and keeps its Vaadin UI alive the whole time.
 *
 * @param think      the pause of a session between two of its actions, chosen between 0.5x and 1.5x this
 * @param actionTimeout how long an action may wait for its result before it counts as an error
 */
public record LoadRun(String base, int sessions, int drivers, Duration duration, Duration think,
                      Duration actionTimeout) {

    public LoadRecorder run() throws Exception {
        LoadRecorder recorder = new LoadRecorder();
        int threads = Math.min(drivers, sessions);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = sessions / threads + (t < sessions % threads ? 1 : 0);
                int first = t;
                workers.add(pool.submit(() -> {
                    drive(first, threads, share, recorder);
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return recorder;
    }

    /** Opens this thread's sessions, then works them for the run's duration (opening is not part of it). */
    private void drive(int first, int stride, int share, LoadRecorder recorder)
            throws InterruptedException {
        try (Browser browser = new Browser()) {
            List<AnalystSession> mine = new ArrayList<>();
            long[] due = new long[share];
            for (int i = 0; i < share; i++) {
                BrowserContext context = browser.newContext(1280, 800);
                context.setDefaultTimeout(actionTimeout.toMillis());
                int number = first + i * stride;
                AnalystSession session = new AnalystSession(context, base, recorder, number, "session " + number);
                session.openMap();
                mine.add(session);
                due[i] = System.nanoTime() + pause();
            }
            long deadline = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < deadline) {
                int next = 0;
                for (int i = 1; i < share; i++) {
                    next = due[i] < due[next] ? i : next;
                }
                long wait = due[next] - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Math.min(wait, Math.max(0, deadline - System.nanoTime())) / 1_000_000);
                    continue;
                }
                mine.get(next).next();
                due[next] = System.nanoTime() + pause();
            }
        }
    }

    private long pause() {
        return (long) (think.toNanos() * ThreadLocalRandom.current().nextDouble(0.5, 1.5));
    }
}
