package org.newsatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.cli.CommandLine;
import org.newsatlas.support.NewsCorpus;
import org.newsatlas.support.PackagedJar;
import org.newsatlas.support.TempDataDir;

/**
 * kill -9 at random moments of a 300-article import, by the {@code import} command and by the web server (which
 * imports a folder at start-up when {@code newsatlas.seed.location} names one, through the same import service as
 * the browser's upload, logging each file as it is stored), some of them while the gazetteer is being copied into
 * H2: every article reported as imported is there after each kill and whole (as many passages, months, mentions,
 * candidates and links as a clean import of the same file stores), no row has lost its parent, the app starts again
 * every time, and a last run of the import finishes the corpus with no failure.
 *
 * <p>The kill points come from a seeded Random: {@code -Dnewsatlas.crash.seed=N} replays a run (the seed is
 * printed first).
 *
 * <p>A few minutes, part of {@code mvn verify}. What it guards: row ids come from the writer's own transaction
 * ({@link RowIds}), so H2 never writes a half-done article into the file; and a store not shut down cleanly is
 * opened once alone before the app uses it ({@link StoreRecovery}).
 */
class CrashDurabilityIT {

    private static final int ARTICLES = 300;
    private static final Duration QUIET_LIMIT = Duration.ofMinutes(4);
    private static final Pattern REPORTED = Pattern.compile("\\[\\d+/\\d+] imported\\s+(\\S+): article \\d+");

    /** One run killed: by whom, with the gazetteer copy on or off, after how many reports (0: during start-up). */
    private record Round(boolean server, boolean gazetteer, int reportsBeforeKill, int extraMillis) {
    }

    @Test
    void articles_reported_as_imported_survive_kill_9_whole_and_a_rerun_completes_the_import(@TempDir Path scratch)
            throws Exception {
        long seed = Long.getLong("newsatlas.crash.seed", System.nanoTime());
        System.out.println("CrashDurabilityIT seed " + seed + " (replay with -Dnewsatlas.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path corpus = scratch.resolve("corpus");
        NewsCorpus.fromSharedEval(seed).write(corpus, ARTICLES);
        CompletableFuture<StoredArticles> reference = CompletableFuture.supplyAsync(
                () -> cleanImport(corpus, scratch));

        Path data = TempDataDir.create("crash");
        Set<String> reported = new HashSet<>();
        List<StoredArticles> afterKills = new ArrayList<>();
        for (Round round : rounds(random)) {
            List<String> lines = runAndKill(round, corpus, data, random, reported);
            StoredArticles stored = StoredArticles.read(data, scratch);
            System.out.printf("killed %s%s after %d imported (+%d ms): %d reported so far, %d stored%n",
                    round.server() ? "server" : "import command", round.gazetteer() ? " copying the gazetteer" : "",
                    round.reportsBeforeKill(), round.extraMillis(), reported.size(), stored.rowsByFile().size());
            assertThat(lines).as("no file failed").noneMatch(l -> l.contains("] failed"));
            assertThat(stored.rowsByFile().keySet()).as("every article reported as imported is stored")
                    .containsAll(reported);
            assertThat(stored.orphanRows()).as("rows whose article, passage or mention is missing").isZero();
            assertThat(stored.gazetteerClosedCleanly())
                    .as("a killed run leaves its gazetteer copy unmarked, so the next start writes it anew").isFalse();
            afterKills.add(stored);
        }

        PackagedJar last = PackagedJar.start(List.of("import", corpus.toString(), "--newsatlas.data-dir=" + data,
                "--newsatlas.gazetteer.store=false"));
        int exit = last.exitCode(QUIET_LIMIT);
        assertThat(exit).as(last.output()).isZero();
        assertThat(last.output()).doesNotContain("] failed").containsPattern(
                "imported \\d+, duplicates skipped \\d+, failed 0");
        StoredArticles complete = StoredArticles.read(data, scratch);

        Map<String, String> clean = reference.join().rowsByFile();
        assertThat(clean).hasSize(ARTICLES);
        assertThat(complete.rowsByFile()).as("the corpus after the last run").isEqualTo(clean);
        for (StoredArticles stored : afterKills) {
            stored.rowsByFile().forEach((file, rows) ->
                    assertThat(rows).as("%s after a kill, against a clean import", file).isEqualTo(clean.get(file)));
        }
    }

    private static List<Round> rounds(Random random) {
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean server = i % 2 == 1;
            boolean gazetteer = i == 0 || i == 3;
            int reports = gazetteer ? 1 + random.nextInt(6) : random.nextInt(22);
            rounds.add(new Round(server, gazetteer, reports, random.nextInt(reports == 0 ? 6000 : 400)));
        }
        return rounds;
    }

    /** Starts the run, reads its reports until the kill point, kills it; returns the lines it printed. */
    private static List<String> runAndKill(Round round, Path corpus, Path data, Random random, Set<String> reported)
            throws InterruptedException {
        List<String> args = new ArrayList<>(round.server()
                ? List.of("--server.port=0", "--newsatlas.seed.enabled=true",
                        "--newsatlas.seed.location=file:" + corpus.toAbsolutePath() + "/")
                : List.of("import", corpus.toString()));
        args.add("--newsatlas.data-dir=" + data);
        args.add("--newsatlas.gazetteer.store=" + round.gazetteer());
        List<String> lines = new ArrayList<>();
        try (PackagedJar run = PackagedJar.start(args)) {
            int seen = 0;
            while (seen < round.reportsBeforeKill()) {
                Optional<String> line = run.nextLine(QUIET_LIMIT);
                assertThat(line).as("it stopped before the kill point:\n" + run.output()).isPresent();
                lines.add(line.get());
                assertThat(line.get()).as("it started and imports").doesNotContain("APPLICATION FAILED TO START",
                        "cannot start");
                Matcher report = REPORTED.matcher(line.get());
                if (report.find()) {
                    reported.add(Path.of(report.group(1)).getFileName().toString());
                    seen++;
                }
            }
            Thread.sleep(round.extraMillis()); // the kill point: a random moment after the last report
            assertThat(run.isAlive()).as("still running at the kill point:\n" + run.output()).isTrue();
            run.kill();
        }
        return lines;
    }

    /** The same files imported by the import command in this JVM, never killed, into a folder of its own. */
    private static StoredArticles cleanImport(Path corpus, Path scratch) {
        Path data = TempDataDir.create("crash-reference");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = CommandLine.standard().run(new String[] {"import", corpus.toString(),
            "--newsatlas.data-dir=" + data, "--newsatlas.gazetteer.store=false"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        try {
            return StoredArticles.read(data, scratch);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
