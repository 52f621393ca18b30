package org.newsatlas.load;

import java.util.List;
import java.util.Map;

/** The load bench's printout: the run, its requests and errors, response times per kind, heap per session. */
final class LoadTable {

    private LoadTable() {
    }

    static String of(int articles, LoadRun run, double seconds, LoadRecorder recorder, List<String> logged,
                     IdleSessionHeap.Result heap) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d articles · %d browser sessions (%d Chromium threads, think %.1f s) · %.0f s%n",
                articles, run.sessions(), Math.min(run.drivers(), run.sessions()), run.think().toMillis() / 1000.0,
                seconds));
        out.append("actions: ").append(recorder.actions()).append('\n');
        List<String> errors = recorder.errors();
        out.append(String.format("requests %d · errors %d (browser) + %d (server log ERROR lines)%n",
                recorder.requests(), errors.size(), logged.size()));
        errors.stream().limit(20).forEach(e -> out.append("  ! ").append(e).append('\n'));
        logged.stream().limit(10).forEach(e -> out.append("  ! log: ").append(e).append('\n'));
        out.append(String.format("%-26s %7s %8s %8s %8s %8s%n", "server response, ms", "count", "p50", "p95", "p99",
                "max"));
        for (Map.Entry<String, LoadRecorder.Percentiles> row : recorder.percentiles().entrySet()) {
            LoadRecorder.Percentiles p = row.getValue();
            out.append(String.format("%-26s %7d %8.0f %8.0f %8.0f %8.0f%n", "  " + row.getKey(), p.count(), p.p50(),
                    p.p95(), p.p99(), p.max()));
        }
        if (heap != null) {
            out.append(String.format("heap per idle session, map open (%d sessions): %.0f KB%n", heap.sessions(),
                    heap.bytesPerSession() / 1024));
        }
        return out.toString();
    }
}
