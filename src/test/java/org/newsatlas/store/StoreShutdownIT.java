package org.newsatlas.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.cli.CommandLine;
import org.newsatlas.support.PackagedJar;
import org.newsatlas.support.TempDataDir;

/**
 * How the app leaves its store. H2 appends every commit to its file (REUSE_SPACE=FALSE); a clean stop gives the space
 * back and removes the marker that says the store is open. A store left open with a transaction half-written (as a
 * kill -9 leaves it) is rolled back at the next start, before the app uses it.
 */
class StoreShutdownIT {

    private static final Path SEEDS = Path.of("../shared/seeds");
    /** A bound for a hung process, not a timing claim. */
    private static final Duration LIMIT = Duration.ofMinutes(4);

    @Test
    void a_clean_stop_rewrites_the_store_to_its_live_data_and_keeps_every_article(@TempDir Path corpus)
            throws Exception {
        copySeeds(corpus);
        Path compacted = importSeeds(corpus, true);
        Path grown = importSeeds(corpus, false);

        long compactedBytes = Files.size(compacted.resolve("newsatlas.mv.db"));
        long grownBytes = Files.size(grown.resolve("newsatlas.mv.db"));
        assertThat(compactedBytes).as("compacted %d bytes, not compacted %d", compactedBytes, grownBytes)
                .isLessThan(grownBytes / 2);
        assertThat(articles(compacted)).isEqualTo(articles(grown)).isEqualTo(5);
    }

    @Test
    void a_clean_stop_removes_the_open_marker(@TempDir Path corpus) throws Exception {
        copySeeds(corpus);
        Path data = importSeeds(corpus, false);
        assertThat(data.resolve("newsatlas.mv.db")).exists();
        assertThat(data.resolve("newsatlas.open")).doesNotExist();
    }

    /**
     * The server stopped as a service manager stops it (SIGTERM) while its gazetteer copy may still be written: the
     * store is compacted and closed by the app once its background work has stopped, not by H2's own shutdown hook
     * under it (they raced: the store was left "not closed cleanly" and uncompacted, and the search indexer and the
     * gazetteer copy logged errors).
     */
    @Test
    void a_server_stopped_with_sigterm_closes_and_compacts_its_store_without_an_error(@TempDir Path corpus)
            throws Exception {
        copySeeds(corpus);
        Path data = TempDataDir.create("sigterm");
        PackagedJar server = PackagedJar.start(List.of("--server.port=0", "--newsatlas.data-dir=" + data,
                "--newsatlas.seed.enabled=true", "--newsatlas.seed.location=file:" + corpus.toAbsolutePath() + "/"));
        try (server) {
            for (Optional<String> line = server.nextLine(LIMIT); ; line = server.nextLine(LIMIT)) {
                assertThat(line).as("it stopped before it had started:\n" + server.output()).isPresent();
                if (line.get().contains("Seed folder")) { // the seeds are stored
                    break;
                }
            }
            assertThat(data.resolve("newsatlas.open")).as("the marker of an open store").exists();
            server.stop();
            assertThat(server.exitCode(LIMIT)).as(server.output()).isNotEqualTo(137);
        }
        assertThat(server.output()).contains("Store closed and compacted");
        assertThat(server.output().lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR "))
                .filter(l -> !l.contains("Flyway upgrade recommended"))).as("warnings and errors").isEmpty();
        assertThat(data.resolve("newsatlas.open")).as("closed cleanly").doesNotExist();
        assertThat(articles(data)).isEqualTo(5);
    }

    @Test
    void a_store_left_open_with_a_half_written_transaction_is_rolled_back_at_the_next_start(@TempDir Path corpus)
            throws Exception {
        copySeeds(corpus);
        Path data = importSeeds(corpus, false);
        int articles = articles(data);
        int passages = count(data, "SELECT COUNT(*) FROM passage");
        int mentions = count(data, "SELECT COUNT(*) FROM mention");
        String url = "jdbc:h2:file:" + data.resolve("newsatlas") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE";
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("DELETE FROM mention");
                statement.executeUpdate("DELETE FROM passage");
            }
            new H2File().write(db, true); // the half-done transaction reaches the file, as a busy import's can
            try (Connection other = DriverManager.getConnection(url, "sa", "");
                 Statement statement = other.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY"); // closes the file as a crash would, nothing rolled back
            } catch (SQLException expected) {
                // the connection that shut the database down cannot be closed normally
            }
        } catch (SQLException expected) {
            // closing the first connection of a database already gone
        }
        Files.writeString(data.resolve("newsatlas.open"), "left by a killed run\n");

        Path again = importSeeds(corpus, data, false);
        assertThat(again).isEqualTo(data);
        assertThat(data.resolve("newsatlas.open")).doesNotExist();
        assertThat(articles(data)).isEqualTo(articles);
        assertThat(count(data, "SELECT COUNT(*) FROM passage")).isEqualTo(passages);
        assertThat(count(data, "SELECT COUNT(*) FROM mention")).as("the half-written deletes rolled back")
                .isEqualTo(mentions).isPositive();
    }

    private static void copySeeds(Path corpus) throws Exception {
        try (var seeds = Files.list(SEEDS)) {
            for (Path text : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(text, corpus.resolve(text.getFileName()));
            }
        }
    }

    private static Path importSeeds(Path corpus, boolean compact) {
        return importSeeds(corpus, TempDataDir.create("compaction"), compact);
    }

    private static Path importSeeds(Path corpus, Path data, boolean compact) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int exit = CommandLine.standard().run(new String[] {"import", corpus.toString(), "--newsatlas.data-dir=" + data,
            "--newsatlas.store.compact-on-close=" + compact}, quiet, quiet);
        assertThat(exit).isZero();
        return data;
    }

    private static int articles(Path data) throws Exception {
        return count(data, "SELECT COUNT(*) FROM article");
    }

    private static int count(Path data, String query) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("newsatlas"), "sa", "");
             ResultSet rs = db.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
