package org.newsatlas.cli;

import static org.newsatlas.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.support.PostgresTestStore;
import org.newsatlas.support.TempDataDir;

/** {@code java -jar news-atlas.jar import ...}: in-process, then as the packaged jar. */
class ImportCommandIT {

    @Test
    void import_stores_a_folder_then_reports_duplicates_and_bad_paths_with_exit_code_1(@TempDir Path dir) throws Exception {
        Path data = TempDataDir.create("cli");
        Path folder = Files.createDirectories(dir.resolve("corpus/sub"));
        write(folder.resolve("a.txt"), "Flooding hit Khorog on Tuesday.\n\nThe road to Dushanbe was cut.");
        write(dir.resolve("corpus/b.md"), "# Quake in Osh\n\nA quake shook *Osh* on Friday.");
        write(dir.resolve("corpus/notes.pdf"), "ignored: not an article type");

        CliRun first = run("import", dir.resolve("corpus").toString(), "--newsatlas.data-dir=" + data);

        assertThat(first.exitCode()).isEqualTo(CommandLine.OK);
        assertThat(first.err().lines().toList()).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith("[1/2] imported").contains("b.md"))
                .anySatisfy(l -> assertThat(l).startsWith("[2/2] imported").contains("a.txt"));
        assertThat(first.out()).isEqualTo("imported 2, duplicates skipped 0, failed 0; 1 other path skipped\n"
                + "  skipped " + dir.resolve("corpus/notes.pdf") + ": not an article file: only .txt, .md, .markdown, "
                + ".html, .htm, .csv, .jsonl, .ndjson, .rss, .atom, .xml, .zip are read\n");
        assertThat(titles(data)).containsExactly("Quake in Osh", "Flooding hit Khorog on Tuesday.");

        write(dir.resolve("binary.txt"), "text\0with a NUL byte");
        CliRun second = run("import", dir.resolve("corpus").toString(), dir.resolve("nowhere").toString(),
                dir.resolve("binary.txt").toString(), "--newsatlas.data-dir=" + data);

        assertThat(second.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(second.out()).startsWith("imported 0, duplicates skipped 2, failed 2; 1 other path skipped\n")
                .contains("  failed " + dir.resolve("nowhere") + ": cannot read the file: no such file or folder\n")
                .contains("  failed " + dir.resolve("binary.txt") + ": binary file: contains NUL bytes, not text\n");
        assertThat(second.err().lines()).hasSize(4);
        assertThat(titles(data)).hasSize(2);
    }

    @Test
    void a_command_without_operands_or_an_unknown_command_is_a_usage_error() {
        CliRun empty = run("import");
        assertThat(empty.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(empty.err()).startsWith("import needs at least one file, folder or web address\nusage:");
        CliRun unknown = run("imprt", "x");
        assertThat(unknown.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(unknown.err()).startsWith("unknown command: imprt\n").contains("import [--date YYYY-MM-DD] [--outlet NAME] DIR_OR_FILE_OR_URL...");
        assertThat(run("help").out()).contains("java -jar news-atlas.jar import [--date YYYY-MM-DD] [--outlet NAME]"
                + " DIR_OR_FILE_OR_URL...");
        CliRun badDate = run("import", "--date", "05/04/2018", "x");
        assertThat(badDate.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(badDate.err()).startsWith("--date needs YYYY-MM-DD, got '05/04/2018'\nusage:");
        assertThat(run("import", "--date=0999-01-01", "x").err())
                .startsWith("--date: publication date 0999-01-01 is outside 1800–2200\n");
        assertThat(run("import", "--outlet", "x").err()).startsWith("import needs at least one file, folder or web address\n");
    }

    @Test
    void articles_are_dated_by_their_text_else_by_the_batch_date_and_the_outlet_fills_in_where_none_is_named(
            @TempDir Path dir) throws Exception {
        Path data = TempDataDir.create("cli-dates");
        write(dir.resolve("a.txt"), "Floods cut the road to Khorog\nPublished Saturday, March 31, 2018\n\n"
                + "Heavy rain washed away two bridges near Khorog in 1956 and again this week.");
        write(dir.resolve("b.txt"), "Snow closes the Salang Pass\n\nThe pass north of Kabul was closed on Monday.");
        write(dir.resolve("c.txt"), "Quake in Osh\nPublished 05/04/2018\n\nA quake shook Osh on Friday.");

        CliRun run = run("import", "--date", "2018-04-10", "--outlet=Pamir Times", dir.toString(),
                "--newsatlas.data-dir=" + data);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(CommandLine.OK);
        assertThat(run.err()).contains("a.txt: article 1, ").contains("(dated 31 March 2018 from its text: "
                        + "“Saturday, March 31, 2018”)")
                .contains("(dated 10 April 2018 as the batch)")
                .contains("(dated 10 April 2018 as the batch (its text's “05/04/2018” could be day-month or "
                        + "month-day))");
        assertThat(column(data, "CAST(published AS VARCHAR) || ' ' || outlet")).containsExactly(
                "2018-03-31 Pamir Times", "2018-04-10 Pamir Times", "2018-04-10 Pamir Times");
    }

    @Test
    void without_leaving_out_vaadins_auto_configuration_a_command_cannot_start(@TempDir Path dir) {
        CliRun run = run("import", dir.toString(), "--newsatlas.data-dir=" + dir.resolve("data"),
                "--spring.autoconfigure.exclude=");
        assertThat(run.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(run.err()).startsWith("cannot start: ").contains("WebApplicationContext");
    }

    @Test
    void only_non_option_first_arguments_are_commands() {
        assertThat(CommandLine.isCommand(new String[] {"import", "x"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=0"})).isFalse();
        assertThat(CommandLine.isCommand(new String[0])).isFalse();
    }

    @Test
    void the_packaged_jar_imports_without_starting_the_web_server(@TempDir Path dir) throws Exception {
        Path jar = Path.of("target", "news-atlas.jar");
        assertThat(jar).exists();
        Path data = TempDataDir.create("cli-jar");
        write(dir.resolve("a.html"), "<html><head><meta property='og:site_name' content='Pamir Times'></head>"
                + "<body><article><p>Snow closed the Khunjerab Pass.</p></article></body></html>");
        ProcessBuilder command = new ProcessBuilder(javaExecutable(), "-jar", jar.toString(), "import",
                dir.toString(), dir.resolve("missing.txt").toString());
        command.environment().put("NEWSATLAS_DATA_DIR", data.toString());
        PostgresTestStore.putStoreEnvironment(data, command.environment());
        command.redirectOutput(dir.resolve("out.log").toFile()).redirectError(dir.resolve("err.log").toFile());
        Process process = command.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String out = Files.readString(dir.resolve("out.log"));
        String err = Files.readString(dir.resolve("err.log"));
        assertThat(process.exitValue()).as(out + err).isEqualTo(CommandLine.FAILED);
        assertThat(err).contains("[1/2] imported  " + dir.resolve("a.html") + ": article 1, ")
                .contains("[2/2] failed    " + dir.resolve("missing.txt"))
                .doesNotContain("Tomcat", "Exception");
        assertThat(out).startsWith("imported 1, duplicates skipped 0, failed 1; 2 other paths skipped\n")
                .contains("  skipped " + dir.resolve("err.log") + ": not an article file").doesNotContain("Started");
        assertThat(titles(data)).containsExactly("Snow closed the Khunjerab Pass.");
    }



    private static List<String> titles(Path data) throws SQLException {
        return column(data, "title");
    }

    private static List<String> column(Path data, String expression) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (Connection db = PostgresTestStore.storeOf(data);
             ResultSet rs = db.createStatement().executeQuery("SELECT " + expression + " FROM article ORDER BY id")) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
