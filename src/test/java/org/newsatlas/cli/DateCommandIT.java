package org.newsatlas.cli;

import static org.newsatlas.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.support.PostgresTestStore;
import org.newsatlas.support.TempDataDir;

/** {@code java -jar news-atlas.jar date ARTICLE_ID YYYY-MM-DD|none}, in-process. */
class DateCommandIT {

    @Test
    void date_sets_an_imported_articles_date_and_its_passages_move_to_that_month(@TempDir Path dir) throws Exception {
        Path data = TempDataDir.create("cli-date");
        Files.writeString(dir.resolve("osh.txt"), "Osh floods\n\nFlooding hit Osh on Tuesday, officials said.");
        assertThat(run("import", dir.toString(), "--newsatlas.data-dir=" + data).exitCode()).isEqualTo(CommandLine.OK);
        assertThat(months(data)).isEmpty();

        CliRun run = run("date", "1", "2019-06-14", "--newsatlas.data-dir=" + data);

        assertThat(run.exitCode()).isEqualTo(CommandLine.OK);
        assertThat(run.out()).isEqualTo("dated 2019-06-14 article 1 and re-analysed it, user corrections kept 0\n");
        assertThat(months(data)).containsExactly("2019-06-01");

        assertThat(run("date", "1", "none", "--newsatlas.data-dir=" + data).out()).startsWith("undated article 1 and re-analysed it");
        assertThat(months(data)).isEmpty();

        CliRun missing = run("date", "99", "2019-06-14", "--newsatlas.data-dir=" + data);
        assertThat(missing.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(missing.err()).isEqualTo("no article 99\n");
    }

    @Test
    void a_bad_id_or_date_is_a_usage_error_named_before_anything_starts() {
        assertThat(run("date", "x", "2019-06-14").err()).startsWith("not an article id: 'x'\nusage:");
        assertThat(run("date", "1", "05/04/2018").err())
                .startsWith("the date needs YYYY-MM-DD or none, got '05/04/2018'\nusage:");
        CliRun outside = run("date", "1", "0999-05-05");
        assertThat(outside.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(outside.err()).startsWith("publication date 0999-05-05 is outside 1800–2200\nusage:");
        assertThat(run("help").out()).contains("java -jar news-atlas.jar date ARTICLE_ID YYYY-MM-DD|none");
    }

    private static List<String> months(Path data) throws SQLException {
        List<String> months = new ArrayList<>();
        try (Connection db = PostgresTestStore.storeOf(data);
             ResultSet rs = db.createStatement().executeQuery("SELECT DISTINCT ym FROM passage_month ORDER BY ym")) {
            while (rs.next()) {
                months.add(rs.getDate(1).toLocalDate().toString());
            }
        }
        return months;
    }


}
