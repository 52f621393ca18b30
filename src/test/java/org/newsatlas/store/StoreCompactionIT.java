package org.newsatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.cli.CommandLine;
import org.newsatlas.support.TempDataDir;

/**
 * H2 appends every commit to its file (REUSE_SPACE=FALSE); a clean stop gives the space back. The seed articles
 * imported twice by the {@code import} command, once with compaction at close and once without: the same articles,
 * in a file a fraction of the size.
 */
class StoreCompactionIT {

    private static final Path SEEDS = Path.of("../shared/seeds");

    @Test
    void a_clean_stop_rewrites_the_store_to_its_live_data_and_keeps_every_article(@TempDir Path corpus)
            throws Exception {
        try (var seeds = Files.list(SEEDS)) {
            for (Path text : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(text, corpus.resolve(text.getFileName()));
            }
        }
        Path compacted = importSeeds(corpus, true);
        Path grown = importSeeds(corpus, false);

        long compactedBytes = Files.size(compacted.resolve("newsatlas.mv.db"));
        long grownBytes = Files.size(grown.resolve("newsatlas.mv.db"));
        assertThat(compactedBytes).as("compacted %d bytes, not compacted %d", compactedBytes, grownBytes)
                .isLessThan(grownBytes / 2);
        assertThat(articles(compacted)).isEqualTo(articles(grown)).isEqualTo(5);
    }

    private static Path importSeeds(Path corpus, boolean compact) {
        Path data = TempDataDir.create("compaction");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int exit = CommandLine.standard().run(new String[] {"import", corpus.toString(), "--newsatlas.data-dir=" + data,
            "--newsatlas.store.compact-on-close=" + compact}, quiet, quiet);
        assertThat(exit).isZero();
        return data;
    }

    private static int articles(Path data) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("newsatlas"), "sa", "");
             ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM article")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
