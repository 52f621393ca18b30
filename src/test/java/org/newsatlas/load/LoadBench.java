package org.newsatlas.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Load and memory per session against the packaged jar (a benchmark, not a test): imports a {@code NewsCorpus}
 * of {@code --articles} into {@code --data-dir} once (reused by later runs), starts the jar on a free port, measures
 * the heap per idle session with the map open ({@link IdleSessionHeap}, read with jcmd), then lets
 * {@code --sessions} analysts work for {@code --seconds} ({@link LoadRun}) and prints a table: requests, errors,
 * server response times (p50/p95/p99/max per kind of request) and heap per idle session. Run:
 * <pre>
 * mvn -o -q package -DskipTests && mvn -o -q exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newsatlas.load.LoadBench -Dexec.args="--articles 10000 --sessions 50 --seconds 120"
 * </pre>
 * Other options: {@code --data-dir target/load-bench/data-<articles>}, {@code --drivers 10} (browser threads),
 * {@code --think-ms 3000}, {@code --heap-sessions 30} (0: skip), {@code --warm-up 10} (sessions opened before the baseline), {@code --sessions 0} (heap only), {@code --xmx 1g}, {@code --seed 1}, {@code --jar target/news-atlas.jar};
 * {@code --base http://localhost:8080 --pid PID}: heap per idle session of an app already running.
 */
public final class LoadBench {

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int articles = Integer.parseInt(options.getOrDefault("articles", "10000"));
        int sessions = Integer.parseInt(options.getOrDefault("sessions", "50"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "120"));
        int drivers = Integer.parseInt(options.getOrDefault("drivers", "10"));
        int heapSessions = Integer.parseInt(options.getOrDefault("heap-sessions", "30"));
        Duration think = Duration.ofMillis(Long.parseLong(options.getOrDefault("think-ms", "3000")));
        Path dataDir = Path.of(options.getOrDefault("data-dir", "target/load-bench/data-" + articles));
        CorpusDataDir corpus = new CorpusDataDir(dataDir, articles,
                Long.parseLong(options.getOrDefault("seed", "1")));
        Path jar = options.containsKey("jar") ? Path.of(options.get("jar")) : org.newsatlas.support.PackagedJar.jar();

        if (options.containsKey("base")) { // an app already running: heap per idle session only
            long pid = Long.parseLong(options.get("pid"));
            System.out.println(new IdleSessionHeap(options.get("base"), 2, heapSessions,
                    () -> PackagedApp.liveHeap(pid)).measure().describe());
            return;
        }
        long imported = corpus.ensureImported(jar);
        System.out.println(imported >= 0 ? "imported " + articles + " articles in " + imported + " s"
                : "reused " + dataDir + " (imported in " + corpus.recordedImportSeconds() + " s)");
        try (PackagedApp app = PackagedApp.start(jar, dataDir, dataDir.resolveSibling("app-" + articles + ".log"),
                List.of("-Xmx" + options.getOrDefault("xmx", "1g")))) {
            IdleSessionHeap.Result heap = heapSessions <= 0 ? null
                    : new IdleSessionHeap(app.base(), Integer.parseInt(options.getOrDefault("warm-up", "10")), heapSessions, app::liveHeap).measure();
            if (heap != null) {
                System.out.println(heap.describe());
            }
            if (sessions <= 0) {
                return;
            }
            LoadRun run = new LoadRun(app.base(), sessions, drivers, Duration.ofSeconds(seconds), think,
                    Duration.ofSeconds(90));
            long start = System.nanoTime();
            LoadRecorder recorder = run.run();
            double elapsed = (System.nanoTime() - start) / 1e9;
            List<String> logged = app.loggedErrors();
            System.out.println(LoadTable.of(articles, run, elapsed, recorder, logged, heap));
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
