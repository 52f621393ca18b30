package org.newsatlas.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.support.NewsCorpus;
import org.newsatlas.support.PackagedJar;
import org.newsatlas.support.TempDataDir;

/**
 * Articles per second of the {@code import} command (the packaged jar, a fresh data folder each time, the gazetteer
 * copy off) with each commit written to the file and forced to the disk (the default), written but not forced
 * ({@code --newsatlas.store.force-to-disk=false}), and, given {@code -Dbench.baseline-jar=PATH}, another build of
 * the jar (e.g. one from before the commits were written to the file). Rate = files between the first and the last
 * progress line over the time between them, so the JVM's start is left out. Prints a table; asserts nothing.
 *
 * <pre>
 * mvn -q package -DskipTests && mvn -Peval -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newsatlas.store.ImportSpeedBench [-Dbench.articles=300] [-Dbench.baseline-jar=old.jar]
 * </pre>
 */
public final class ImportSpeedBench {

    private ImportSpeedBench() {
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.getInteger("bench.articles", 300);
        Path corpus = Files.createTempDirectory("news-atlas-bench-corpus-");
        NewsCorpus.fromSharedEval(1).write(corpus, articles);
        List<String[]> rows = new ArrayList<>();
        String baseline = System.getProperty("bench.baseline-jar");
        if (baseline != null) {
            rows.add(run("baseline " + Path.of(baseline).getFileName(), Path.of(baseline), corpus));
        }
        rows.add(run("write + force to disk at commit", PackagedJar.jar(), corpus));
        rows.add(run("write at commit, no force", PackagedJar.jar(), corpus, "--newsatlas.store.force-to-disk=false"));
        System.out.printf("%n%-40s %10s %12s %14s%n", "import of " + articles + " articles", "seconds", "articles/s",
                "file size MB");
        rows.forEach(r -> System.out.printf("%-40s %10s %12s %14s%n", (Object[]) r));
    }

    private static String[] run(String name, Path jar, Path corpus, String... options) throws Exception {
        Path data = TempDataDir.create("bench");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString(), "import", corpus.toString(), "--newsatlas.data-dir=" + data,
                "--newsatlas.gazetteer.store=false"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long first = 0;
        long last = 0;
        int lines = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (line.startsWith("[")) {
                    last = System.nanoTime();
                    first = lines++ == 0 ? last : first;
                }
            }
        }
        process.waitFor();
        double seconds = (last - first) / 1e9;
        return new String[] {name, "%.1f".formatted(seconds), "%.2f".formatted((lines - 1) / seconds),
            "%.1f".formatted(size(data.resolve("newsatlas.mv.db")) / 1e6)};
    }

    private static long size(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }
}
