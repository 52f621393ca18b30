package org.newsatlas.load;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.newsatlas.support.NewsCorpus;

/**
 * A data folder holding a {@link NewsCorpus} of a given size, imported once with the packaged jar's
 * {@code import} command; a later run with the same folder, size and seed reuses it. {@code load-corpus.properties}
 * in the folder records what was imported and how long it took.
 */
public record CorpusDataDir(Path folder, int articles, long seed) {

    private static final String MARKER = "load-corpus.properties";

    /** Imports the corpus unless this folder already holds it; returns the import's seconds (-1: reused). */
    public long ensureImported(Path jar) throws IOException, InterruptedException {
        return ensureImported(jar, List.of());
    }

    /**
     * As {@link #ensureImported(Path)}, the import command also given {@code storeArguments} (e.g.
     * {@code --spring.datasource.url=jdbc:postgresql://...} for a PostgreSQL store).
     */
    public long ensureImported(Path jar, List<String> storeArguments) throws IOException, InterruptedException {
        Properties marker = marker();
        if (String.valueOf(articles).equals(marker.getProperty("articles"))
                && String.valueOf(seed).equals(marker.getProperty("seed"))) {
            return -1;
        }
        if (Files.exists(folder.resolve("newsatlas.mv.db"))) {
            throw new IllegalStateException(folder + " holds another database; give an empty or new --data-dir");
        }
        Path corpus = Files.createDirectories(folder.toAbsolutePath()).resolveSibling(folder.getFileName() + "-corpus");
        NewsCorpus.fromSharedEval(seed).write(corpus, articles);
        long start = System.nanoTime();
        // the import's own heap: the budget for bulk import is 2 GB
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-jar", jar.toString(), "import", corpus.toString(),
                "--newsatlas.data-dir=" + folder.toAbsolutePath()));
        command.addAll(storeArguments);
        Process importer = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(folder.resolve("import.log").toFile()).start();
        if (importer.waitFor() != 0) {
            throw new IllegalStateException("the import failed; see " + folder.resolve("import.log"));
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        Properties done = new Properties();
        done.setProperty("articles", String.valueOf(articles));
        done.setProperty("seed", String.valueOf(seed));
        done.setProperty("import-seconds", String.valueOf(seconds));
        try (Writer out = Files.newBufferedWriter(folder.resolve(MARKER))) {
            done.store(out, "NewsCorpus imported by the load bench");
        }
        return seconds;
    }

    /** The import's seconds as recorded when it ran (-1 if unknown). */
    public long recordedImportSeconds() throws IOException {
        return Long.parseLong(marker().getProperty("import-seconds", "-1"));
    }

    private Properties marker() throws IOException {
        Properties marker = new Properties();
        Path file = folder.resolve(MARKER);
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                marker.load(in);
            }
        }
        return marker;
    }
}
