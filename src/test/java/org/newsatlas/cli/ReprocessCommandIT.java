package org.newsatlas.cli;

import static org.newsatlas.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.support.PostgresTestStore;
import org.newsatlas.support.TempDataDir;

/** {@code java -jar news-atlas.jar reprocess}, in-process: progress per article, a summary, corrections kept. */
class ReprocessCommandIT {

    @Test
    void reprocess_re_analyses_every_article_keeps_corrections_and_prints_progress_and_a_summary(@TempDir Path dir)
            throws Exception {
        Path data = TempDataDir.create("cli-reprocess");
        Files.writeString(dir.resolve("a.txt"), "Flooding hit Osh on Tuesday.\n\nThe road to Dushanbe was cut.");
        Files.writeString(dir.resolve("b.txt"), "Snow fell in Naryn.\n\nThe pass to Kashgar was closed.");
        assertThat(run("import", dir.toString(), "--newsatlas.data-dir=" + data).exitCode()).isEqualTo(CommandLine.OK);
        int osh = Files.readString(dir.resolve("a.txt")).indexOf("Osh");
        update(data, "INSERT INTO mention_correction (article_id, start_offset, end_offset, surface, gazetteer_id) "
                + "SELECT id, " + osh + ", " + (osh + 3) + ", 'Osh', NULL FROM article WHERE source_name LIKE '%a.txt'");

        CliRun run = run("reprocess", "--newsatlas.data-dir=" + data);

        assertThat(run.exitCode()).isEqualTo(CommandLine.OK);
        assertThat(run.err().lines().toList()).containsExactly("[1/2] re-analysed article 1",
                "[2/2] re-analysed article 2");
        assertThat(run.out()).isEqualTo("re-analysed 2 of 2 articles, failed 0, user corrections kept 1\n");
        assertThat(count(data, "SELECT COUNT(*) FROM mention WHERE surface = 'Osh'")).isZero();
        assertThat(count(data, "SELECT COUNT(*) FROM mention WHERE surface = 'Naryn'")).isOne();
    }

    @Test
    void reprocess_takes_no_operands_and_is_listed_in_the_usage() {
        CliRun run = run("reprocess", "somewhere");
        assertThat(run.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(run.err()).startsWith("reprocess takes no operands, got [somewhere]\nusage:");
        assertThat(run("help").out()).contains("java -jar news-atlas.jar reprocess   re-analyse every stored article");
    }



    private static Connection connect(Path data) throws SQLException {
        return PostgresTestStore.storeOf(data);
    }

    private static void update(Path data, String sql) throws SQLException {
        try (Connection db = connect(data)) {
            assertThat(db.createStatement().executeUpdate(sql)).isOne();
        }
    }

    private static long count(Path data, String sql) throws SQLException {
        try (Connection db = connect(data); ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
