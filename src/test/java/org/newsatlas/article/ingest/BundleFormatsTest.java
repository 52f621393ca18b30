package org.newsatlas.article.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** CSV, JSON Lines and ZIP files read into their rows, lines and archived files. */
public class BundleFormatsTest {

    private static final ZipFormat ZIP = new ZipFormat(1_000_000, 3_000_000,
            name -> name.endsWith(".txt") || name.endsWith(".html"),
            name -> name.endsWith(".csv") || name.endsWith(".jsonl"));

    private static ArticleRecord row(BundleEntry entry) {
        assertThat(entry).isInstanceOf(BundleEntry.Row.class);
        return ((BundleEntry.Row) entry).record();
    }

    @Test
    void csv_fields_may_hold_commas_line_breaks_and_quotes_and_columns_go_by_their_usual_names() throws Exception {
        String csv = "Headline,published_at,Source,byline,link,body\r\n"
                + "\"Floods, again\",2021-08-09T10:15:00Z,Reuters,Jane Roe,https://example.com/a,\"First line.\n\n"
                + "He said \"\"enough\"\".\"\r\n"
                + "\n"
                + "Quiet day,,,,,Nothing happened in Osh.\r\n";

        List<BundleEntry> entries = new CsvFormat().entries("news.csv", csv.getBytes(UTF_8));

        assertThat(entries).hasSize(2);
        assertThat(row(entries.get(0))).isEqualTo(new ArticleRecord("news.csv row 2", "Floods, again",
                "2021-08-09T10:15:00Z", "Reuters", "Jane Roe", "https://example.com/a",
                "First line.\n\nHe said \"enough\"."));
        assertThat(row(entries.get(1))).isEqualTo(new ArticleRecord("news.csv row 4", "Quiet day", null, null,
                null, null, "Nothing happened in Osh."));
    }

    @Test
    void a_csv_without_a_text_column_is_refused_naming_the_columns_it_has() {
        assertThatThrownBy(() -> new CsvFormat().entries("x.csv", "title,date\nA,2020-01-01\n".getBytes(UTF_8)))
                .isInstanceOf(ArticleReadException.class)
                .hasMessage("the CSV header has no text column (one of text, body, content, article);"
                        + " its columns: title, date");
        assertThatThrownBy(() -> new CsvFormat().entries("x.csv", "title,text\nA,\"never closed\n".getBytes(UTF_8)))
                .hasMessage("the quoted field opened on line 2 of the CSV file is never closed");
    }

    @Test
    void a_csv_row_with_more_fields_than_the_header_gets_its_own_reason() throws Exception {
        List<BundleEntry> entries = new CsvFormat().entries("x.csv",
                "title,text\nA,one, two\nB,fine\n".getBytes(UTF_8));

        assertThat(entries.get(0)).isEqualTo(new BundleEntry.Problem("x.csv row 2",
                "has 3 fields, the header 2 (a comma in an unquoted field?)"));
        assertThat(row(entries.get(1)).text()).isEqualTo("fine");
    }

    @Test
    void json_lines_read_news_api_records_and_name_the_line_of_a_bad_one() throws Exception {
        String jsonl = "{\"source\":{\"id\":null,\"name\":\"BBC News\"},\"author\":[\"A. Writer\",\"B. Writer\"],"
                + "\"title\":\"Storm\",\"url\":\"https://example.com/s\",\"publishedAt\":\"2018-03-31T08:00:00Z\","
                + "\"content\":\"Storm hits Cork.\"}\n"
                + "\n"
                + "{\"title\": \"broken\"\n"
                + "[1, 2]\n";

        List<BundleEntry> entries = new JsonLinesFormat().entries("feed.jsonl", jsonl.getBytes(UTF_8));

        assertThat(entries).hasSize(3);
        assertThat(row(entries.get(0))).isEqualTo(new ArticleRecord("feed.jsonl line 1", "Storm",
                "2018-03-31T08:00:00Z", "BBC News", "A. Writer, B. Writer", "https://example.com/s",
                "Storm hits Cork."));
        assertThat(entries.get(1).name()).isEqualTo("feed.jsonl line 3");
        assertThat(((BundleEntry.Problem) entries.get(1)).reason()).startsWith("not JSON: ");
        assertThat(entries.get(2)).isEqualTo(new BundleEntry.Problem("feed.jsonl line 4",
                "not a JSON object with the article's fields"));
    }

    @Test
    void a_zip_yields_its_article_files_and_says_why_it_left_the_others_out() throws Exception {
        byte[] zip = zip(Map.of(
                "2021/kabul.txt", "Kabul\n\nText.".getBytes(UTF_8),
                "feeds/a.jsonl", "{\"text\":\"x\"}\n".getBytes(UTF_8),
                "__MACOSX/2021/._kabul.txt", new byte[] {1, 2},
                "2021/.DS_Store", new byte[] {0},
                "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                "inner.zip", new byte[] {'P', 'K'}));

        List<BundleEntry> entries = ZIP.entries("batch.zip", zip);

        assertThat(entries).filteredOn(e -> e instanceof BundleEntry.File).extracting(BundleEntry::name)
                .containsExactlyInAnyOrder("batch.zip/2021/kabul.txt", "batch.zip/feeds/a.jsonl");
        assertThat(entries).filteredOn(e -> e instanceof BundleEntry.Skipped)
                .extracting(e -> e.name() + ": " + ((BundleEntry.Skipped) e).reason())
                .containsExactlyInAnyOrder("batch.zip/__MACOSX/2021/._kabul.txt: hidden file",
                        "batch.zip/2021/.DS_Store: hidden file", "batch.zip/photo.png: not an article file",
                        "batch.zip/inner.zip: an archive inside the archive is not opened");
    }

    @Test
    void a_zip_bomb_is_refused_whole_before_anything_is_imported() throws Exception {
        byte[] ratioBomb = zip(Map.of("a.txt", new byte[2_000_000]));
        assertThatThrownBy(() -> ZIP.entries("bomb.zip", ratioBomb)).isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("the marks of a ZIP bomb");
        byte[] filler = new byte[900_000];
        new java.util.Random(1).nextBytes(filler);
        byte[] tooMuch = zip(Map.of("a.txt", filler, "b.txt", filler, "c.txt", filler, "d.txt", filler));
        assertThatThrownBy(() -> ZIP.entries("big.zip", tooMuch))
                .hasMessage("the archive unpacks to more than 2.9 MB (the marks of a ZIP bomb); nothing was imported"
                        + " from it");
    }

    @Test
    void an_archived_file_over_the_file_limit_gets_its_own_line_and_a_damaged_zip_a_clear_reason() throws Exception {
        byte[] big = new byte[1_200_000];
        new java.util.Random(2).nextBytes(big);
        List<BundleEntry> entries = ZIP.entries("x.zip", zip(Map.of("big.txt", big)));
        assertThat(entries).singleElement().isInstanceOf(BundleEntry.Problem.class)
                .extracting(BundleEntry::name).isEqualTo("x.zip/big.txt");

        assertThatThrownBy(() -> ZIP.entries("x.zip", "not a zip at all".getBytes(UTF_8)))
                .hasMessage("not a ZIP archive, or one that holds no files");
    }

    @Test
    void record_dates_read_iso_date_times_as_written_and_the_forms_of_stated_dates() {
        assertThat(RecordDate.parse("2021-08-09T23:30:00-05:00")).contains(LocalDate.of(2021, 8, 9));
        assertThat(RecordDate.parse("Mon, 09 Aug 2021 10:15:00 GMT")).contains(LocalDate.of(2021, 8, 9));
        assertThat(RecordDate.parse("August 9, 2021")).contains(LocalDate.of(2021, 8, 9));
        assertThat(RecordDate.parse("05/04/2018")).isEmpty();
        assertThat(RecordDate.parse("2021-02-30")).isEmpty();
        assertThat(RecordDate.parse("yesterday")).isEmpty();
    }

    /** A ZIP archive of the files (path to content), in path order. */
    public static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
