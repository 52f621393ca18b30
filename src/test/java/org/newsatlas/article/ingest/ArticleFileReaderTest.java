package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsatlas.article.NewArticle;
import org.newsatlas.article.ingest.ArticleReadException.Reason;
import org.springframework.util.unit.DataSize;

/** Plain text and Markdown files, their encodings, and every kind of bad file. */
class ArticleFileReaderTest {

    private final ArticleFileReader reader = new ArticleFileReader(new ImportProperties(null, null));

    @Test
    void a_utf8_text_file_is_read_as_it_is_with_its_file_name_as_source() throws Exception {
        ReadArticle read = read("plain.txt");
        NewArticle article = read.article();
        assertThat(article.originalText()).startsWith("Floods cut the road to Khorog\n\nHeavy rain")
                .contains("“We expect the road to reopen within a week,”").doesNotEndWith("\n");
        assertThat(article.sourceName()).isEqualTo("plain.txt");
        assertThat(article.title()).isNull();
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void windows_line_ends_become_newlines_so_the_same_text_has_the_same_hash() throws Exception {
        NewArticle crlf = read("windows-line-ends.txt").article();
        assertThat(crlf.originalText()).doesNotContain("\r");
        assertThat(crlf.contentHash()).isEqualTo(read("plain.txt").article().contentHash());
    }

    @Test
    void utf16_with_a_byte_order_mark_in_either_byte_order_is_decoded() throws Exception {
        for (String file : new String[] {"utf16le-bom.txt", "utf16be-bom.txt"}) {
            String text = read(file).article().originalText();
            assertThat(text).as(file).startsWith("Talks in Tashkent\n\nDelegates").doesNotContain("\uFEFF", "\0");
        }
    }

    @Test
    void utf16_without_a_byte_order_mark_is_recognised_and_says_so() throws Exception {
        ReadArticle read = read("utf16le-no-bom.txt");
        assertThat(read.article().originalText()).contains("water sharing on the Amu Darya");
        assertThat(read.warnings()).singleElement().asString().contains("UTF-16LE");
    }

    @Test
    void utf16_without_a_byte_order_mark_that_does_not_decode_is_reported_with_the_byte() {
        assertFails("utf16le-no-bom-broken.txt", Reason.UNDECODABLE, "UTF-16LE", "byte 236 ");
    }

    @Test
    void windows_1252_curly_quotes_and_dashes_are_decoded_when_the_bytes_are_not_utf8() throws Exception {
        ReadArticle read = read("windows-1252.txt");
        assertThat(read.article().originalText())
                .startsWith("The minister said the border “will stay open” — for now. It’s the third");
        assertThat(read.warnings()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void bytes_neither_utf8_nor_windows_1252_are_reported_not_replaced() {
        assertFails("undecodable.txt", Reason.UNDECODABLE, "byte 16", "0x81");
    }

    @Test
    void a_png_is_named_as_an_image() {
        assertFails("image.png", Reason.UNSUPPORTED_TYPE, ".txt, .md");
        assertThatThrownBy(() -> reader.read("photo.txt", bytes("image.png")))
                .isInstanceOfSatisfying(ArticleReadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BINARY);
                    assertThat(e.getMessage()).isEqualTo("binary file: looks like a PNG image");
                });
    }

    @Test
    void nul_bytes_in_a_text_file_mean_it_is_binary() {
        assertFails("nul-in-text.txt", Reason.BINARY, "NUL");
    }

    @Test
    void an_empty_file_and_a_white_space_file_are_empty() {
        assertFails("empty.txt", Reason.EMPTY, "empty file");
        assertFails("blank.md", Reason.EMPTY, "no article text");
    }

    @Test
    void a_file_over_the_limit_is_refused_before_it_is_read() {
        ArticleFileReader small = new ArticleFileReader(new ImportProperties(DataSize.ofBytes(100), null));
        ArticleSource neverRead = new ArticleSource() {
            public String name() { return "huge.txt"; }
            public long size() { return 7_500_000; }
            public byte[] bytes(int limit) { throw new AssertionError("read a file over the limit"); }
        };
        assertThatThrownBy(() -> small.read(neverRead)).isInstanceOfSatisfying(ArticleReadException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo(
                    "file too large: 7.2 MB, the limit is 100 bytes (newsatlas.import.max-bytes)");
        });
        assertThatThrownBy(() -> small.read("plain.txt", bytes("plain.txt")))
                .hasMessageContaining("238 bytes, the limit is 100 bytes");
    }

    @Test
    void an_upload_longer_than_the_limit_is_read_one_byte_past_it_and_no_further() {
        ArticleFileReader small = new ArticleFileReader(new ImportProperties(DataSize.ofBytes(100), null));
        CountingStream upload = new CountingStream(10_000_000);

        assertThatThrownBy(() -> small.read(ArticleSource.of("huge.txt", -1, upload)))
                .isInstanceOfSatisfying(ArticleReadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo(
                            "file too large: more than 100 bytes, the limit is 100 bytes (newsatlas.import.max-bytes)");
                });
        assertThat(upload.served).isEqualTo(101);
    }

    @Test
    void an_upload_at_the_limit_is_read_whole() throws Exception {
        byte[] text = bytes("plain.txt");
        ArticleFileReader exact = new ArticleFileReader(new ImportProperties(DataSize.ofBytes(text.length), null));
        ReadArticle read = exact.read(ArticleSource.of("plain.txt", -1, new java.io.ByteArrayInputStream(text)));
        assertThat(read.article().originalText()).isEqualTo(reader.read("plain.txt", text).article().originalText());
    }

    @Test
    void a_file_the_browser_kept_back_gets_the_reason_the_server_would_give() {
        ArticleFileReader small = new ArticleFileReader(new ImportProperties(DataSize.ofKilobytes(200), null));
        assertThatThrownBy(() -> small.checkBeforeReading("big.html", 300 * 1024))
                .hasMessage("file too large: 300.0 KB, the limit is 200.0 KB (newsatlas.import.max-bytes)");
        assertThatThrownBy(() -> small.checkBeforeReading("sheet.xlsx", 10))
                .hasMessage("unsupported file type: only .txt, .md, .markdown, .html, .htm, .csv, .jsonl, .ndjson, .rss, .atom, .xml, .zip files are read");
    }

    @Test
    void pasted_text_is_refused_for_what_a_text_file_is_refused_for_with_the_same_reason() {
        String nul = "Fighting near Kunduz.\0\n\nResidents fled.";
        String controls = "Fighting\u0001 near\u0002 Kunduz\u0003.";
        String binary = "%PDF-1.7 Fighting near Kunduz.";
        for (String text : new String[] {nul, controls, binary, "  \n\t ", ""}) {
            String asFile = failure(() -> reader.read("pasted.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(failure(() -> reader.readPasted(text))).as(text).isEqualTo(asFile);
        }
        assertThat(failure(() -> reader.readPasted(nul))).isEqualTo("binary file: contains NUL bytes, not text");
        ArticleFileReader small = new ArticleFileReader(new ImportProperties(DataSize.ofBytes(10), null));
        assertThat(failure(() -> small.readPasted("Fighting near Kunduz."))).isEqualTo(
                "file too large: 21 bytes, the limit is 10 bytes (newsatlas.import.max-bytes)");
    }

    @Test
    void pasted_text_that_is_fine_comes_back_with_line_ends_normalised_and_trimmed() throws Exception {
        assertThat(reader.readPasted(" Snow closed the Salang.\r\n\r\nTraffic was diverted.\n").article().originalText())
                .isEqualTo("Snow closed the Salang.\n\nTraffic was diverted.");
    }

    @Test
    void a_page_dated_in_year_999_is_refused_with_the_date_and_the_sane_years() {
        byte[] page = ("<html><head><meta property=\"article:published_time\" content=\"0999-05-05T10:00:00Z\">"
                + "<title>Old news</title></head><body><p>Troops moved near Kabul on Monday.</p></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read("old.html", page)).isInstanceOfSatisfying(ArticleReadException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.DATE_OUT_OF_RANGE);
            assertThat(e.getMessage()).isEqualTo("publication date 0999-05-05 is outside 1800–2200");
        });
        assertThat(FileOutcome.failed("old.html", "publication date 0999-05-05 is outside 1800–2200").line())
                .isEqualTo("failed    old.html: publication date 0999-05-05 is outside 1800–2200");
    }

    @Test
    void pages_dated_1800_and_2200_are_read_and_2201_is_not() throws Exception {
        for (String date : new String[] {"1800-01-01", "2200-12-31", "2201-01-01"}) {
            byte[] page = ("<html><head><meta name=\"date\" content=\"" + date + "\"></head><body><p>Troops moved "
                    + "near Kabul on Monday.</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (date.startsWith("2201")) {
                assertThatThrownBy(() -> reader.read("late.html", page)).hasMessage(
                        "publication date 2201-01-01 is outside 1800–2200");
            } else {
                assertThat(reader.read("ok.html", page).article().published()).hasToString(date);
            }
        }
    }

    @Test
    void the_default_limit_is_five_megabytes() {
        assertThat(reader.maxBytes()).isEqualTo(5 * 1024 * 1024);
    }

    @Test
    void a_missing_file_on_disk_is_unreadable_with_a_short_reason(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(ArticleSource.of(dir.resolve("gone.txt"))))
                .isInstanceOfSatisfying(ArticleReadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                    assertThat(e.getMessage()).isEqualTo("cannot read the file: no such file or folder");
                });
    }

    @Test
    void a_file_on_disk_records_only_its_file_name(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("note.TXT"), bytes("plain.txt"));
        assertThat(reader.read(ArticleSource.of(file)).article().sourceName()).isEqualTo("note.TXT");
    }

    @Test
    void markdown_front_matter_gives_title_date_outlet_and_authors_and_is_not_article_text() throws Exception {
        String yaml = "---\ntitle: \"Rain returns to Bayankhongor\"\ndate: 2019-07-02 08:30:00 +0800\n"
                + "publisher: Steppe Herald\nauthors:\n  - A. Bat\n  - B. Dorj\ntags: [weather, herders]\n---\n"
                + "# Ignored heading\n\nRain fell across Bayankhongor on Monday, the first in six weeks.\n";
        ReadArticle read = reader.read("rain.md", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(read.article().title()).isEqualTo("Rain returns to Bayankhongor");
        assertThat(read.article().published()).isEqualTo(java.time.LocalDate.of(2019, 7, 2));
        assertThat(read.article().outlet()).isEqualTo("Steppe Herald");
        assertThat(read.article().author()).isEqualTo("A. Bat, B. Dorj");
        assertThat(read.article().originalText()).doesNotContain("publisher", "tags", "---")
                .contains("Rain fell across Bayankhongor");

        String toml = "+++\ntitle = \"Snow\"\ndate = \"someday\"\n+++\nSnow closed the pass above Khorog.\n";
        ReadArticle undated = reader.read("snow.md", toml.getBytes(StandardCharsets.UTF_8));
        assertThat(undated.article().title()).isEqualTo("Snow");
        assertThat(undated.article().published()).isNull();
        assertThat(undated.warnings()).contains("its front matter's date “someday” is not a date it can read");
    }

    @Test
    void markdown_syntax_goes_and_the_leading_heading_is_the_title() throws Exception {
        NewArticle article = read("article.md").article();
        assertThat(article.title()).isEqualTo("Herders move early as drought hits Mongolia");
        assertThat(article.originalText().split("\n\n")).containsExactly(
                "Herders in Bayankhongor province began moving their flocks north two weeks earlier than usual,"
                        + " according to local officials.",
                "\"The grass did not come back this year,\" said one herder.",
                "What the government plans",
                "Emergency fodder deliveries to Bayankhongor and Gobi-Altai",
                "Water trucks for the hardest-hit districts",
                "1. First, a survey of wells.",
                "2. Then the deliveries.",
                "table: fodder_tonnes = 1200",
                "Rainfall was 40% below average, the National Agency for Meteorology said_ while snake_case_names stay.");
    }

    private ReadArticle read(String fixture) throws ArticleReadException {
        return reader.read(fixture, bytes(fixture));
    }

    private void assertFails(String fixture, Reason reason, String... messageParts) {
        assertThatThrownBy(() -> read(fixture)).isInstanceOfSatisfying(ArticleReadException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(messageParts).doesNotContain("\n");
        });
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = ArticleFileReaderTest.class.getResourceAsStream("/articles/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String failure(Read read) {
        try {
            read.run();
        } catch (ArticleReadException e) {
            return e.getMessage();
        }
        throw new AssertionError("was read");
    }

    private interface Read {
        void run() throws ArticleReadException;
    }

    /** An endless-looking upload that counts the bytes it hands out. */
    private static final class CountingStream extends InputStream {
        private final long length;
        long served;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (served >= length) {
                return -1;
            }
            served++;
            return 'a';
        }
    }
}
