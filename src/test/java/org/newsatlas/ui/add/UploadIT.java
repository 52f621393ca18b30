package org.newsatlas.ui.add;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.article.ingest.BundleFormatsTest;
import org.newsatlas.support.Browser;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.LoopbackWeb;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Uploads as a person does them with the default limit (5 MB): big files, a file over the limit, files dropped in
 * two waves, uploads that lose their connection, and a pasted text the importer must refuse. Each test uses its own
 * articles (the importer recognises the same text twice).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "newsatlas.seed.enabled=false")
class UploadIT {

    private static final Path DATA = TempDataDir.create("upload");
    private static final Pattern IMPORTED = Pattern.compile("\\bna-import-imported\\b");
    private static final Pattern FAILED = Pattern.compile("\\bna-import-failed\\b");
    private static final String TOO_LARGE_5_1 = "file too large: 5.1 MB, the limit is 5.0 MB (newsatlas.import.max-bytes)";

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 900);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @Test
    void pages_of_1_5_and_4_9_megabytes_import_and_a_file_of_5_1_megabytes_gets_its_too_large_line_in_the_same_batch() {
        UploadPage upload = new UploadPage(browser.page(), port);
        assertThat(upload.browserLimit()).isEqualTo(5 * 1024 * 1024);

        FilePayload big = UploadPage.bigPage("big.html", 0, 1_572_864);
        FilePayload almost = UploadPage.bigPage("almost.html", 2000, 5_100_000);
        assertThat(big.buffer.length).isBetween(1_572_864, 1_600_000);
        assertThat(almost.buffer.length).isBetween(5_100_000, 5_242_880);

        upload.drop(big, UploadPage.newsText("huge.txt", 400, 5_347_738), almost);

        upload.awaitStatus("Done: 3 of 3 files processed · imported 2, duplicates skipped 0, failed 1");
        assertThat(upload.line("big.html")).hasClass(IMPORTED);
        assertThat(upload.line("almost.html")).hasClass(IMPORTED);
        assertThat(upload.line("huge.txt")).containsText("huge.txt: " + TOO_LARGE_5_1);
        assertThat(upload.line("huge.txt")).hasClass(FAILED);
        assertThat(upload.browserEntry("huge.txt")).hasCount(0);
    }

    @Test
    void a_file_over_the_limit_that_gets_past_the_browser_is_stopped_by_the_server_with_the_same_line() {
        UploadPage upload = new UploadPage(browser.page(), port);
        upload.liftBrowserLimit();

        upload.drop(UploadPage.newsText("sneaked.txt", 800, 5_347_738), UploadPage.article(900));

        upload.awaitStatus("Done: 2 of 2 files processed · imported 1, duplicates skipped 0, failed 1");
        assertThat(upload.line("sneaked.txt")).containsText("sneaked.txt: " + TOO_LARGE_5_1);
        assertThat(upload.line("sneaked.txt")).hasClass(FAILED);
        assertThat(upload.browserEntry("sneaked.txt")).containsText("Not imported: see its line in the results");
        assertThat(upload.line(UploadPage.article(900).name)).containsText("imported");
    }

    @Test
    void a_csv_a_json_lines_file_and_a_zip_give_a_line_per_article_and_the_status_counts_articles() throws Exception {
        UploadPage upload = new UploadPage(browser.page(), port);
        String csv = "title,date,outlet,text\n"
                + "Bridge opens,2019-05-02,Wire One,\"A new bridge over the Panj opened near Khorog on Thursday.\"\n"
                + "Empty row,2019-05-03,Wire One,\n";
        String jsonl = "{\"title\":\"Dust storm\",\"publishedAt\":\"2020-04-01T06:00:00Z\","
                + "\"content\":\"A dust storm closed the airport in Termez for a day.\"}\n";
        byte[] zip = BundleFormatsTest.zip(Map.of("fairs/kulob.txt",
                "Kulob fair\n\nThe autumn fair in Kulob drew traders from Bokhtar and Danghara.".getBytes(UTF_8)));

        upload.drop(new FilePayload("wire.csv", "text/csv", csv.getBytes(UTF_8)),
                new FilePayload("feed.jsonl", "application/x-ndjson", jsonl.getBytes(UTF_8)),
                new FilePayload("batch.zip", "application/zip", zip));

        upload.awaitStatus("Done: 3 of 3 files processed · imported 3, duplicates skipped 0, failed 1");
        assertThat(upload.line("wire.csv row 2")).hasClass(IMPORTED);
        assertThat(upload.line("wire.csv row 3")).containsText("no text: the text column");
        assertThat(upload.line("feed.jsonl line 1")).hasClass(IMPORTED);
        assertThat(upload.line("batch.zip/fairs/kulob.txt")).hasClass(IMPORTED);
        assertThat(jdbc.sql("SELECT published FROM article WHERE title = 'Dust storm'").query(String.class).single())
                .isEqualTo("2020-04-01");
        assertThat(upload.line("wire.csv row 3").locator(".na-import-show")).hasCount(0);

        upload.line("wire.csv row 2").locator(".na-import-show").click();

        Page page = browser.page();
        page.waitForURL(java.util.regex.Pattern.compile(".*[?&]feature=[^&]+.*"),
                new Page.WaitForURLOptions().setTimeout(UploadPage.LONG_WAIT_MS));
        assertThat(page.locator(".na-panel .na-article h3").first()).hasText("Bridge opens",
                new LocatorAssertions.HasTextOptions().setTimeout(UploadPage.LONG_WAIT_MS));
    }

    @Test
    void a_feed_address_is_fetched_and_each_item_gets_its_line_and_an_address_that_cannot_be_fetched_says_why() {
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Pamir Courier</title>
                  <item><title>Road to Murghab reopens</title><pubDate>Wed, 3 Jun 2020 08:00:00 GMT</pubDate>
                    <description>The road from Khorog to Murghab reopened after a rockfall.</description></item>
                  <item><title>Apricot harvest in Isfara</title><pubDate>Thu, 4 Jun 2020 08:00:00 GMT</pubDate>
                    <description>Farmers in Isfara began the apricot harvest early this year.</description></item>
                </channel></rss>""";
        try (LoopbackWeb server = new LoopbackWeb().answer("/feed", 200, "application/rss+xml; charset=utf-8", feed)
                .answer("/gone", 404, "text/plain", "")) {
            UploadPage upload = new UploadPage(browser.page(), port);
            Page page = browser.page();
            String base = server.base();
            Locator address = page.locator("vaadin-text-field.na-web-address input");
            Locator status = page.locator(".na-web-status");
            Browser.awaitIdle(page);

            address.fill("ftp://files.example/feed.xml");
            page.locator("vaadin-button.na-web-fetch").click();
            assertThat(page.locator("vaadin-text-field.na-web-address")).hasAttribute("invalid", "");
            assertThat(page.locator("vaadin-text-field.na-web-address [slot=error-message]"))
                    .hasText("Not a web address: give one starting with http:// or https://");

            address.fill(base + "/feed");
            address.press("Enter");
            assertThat(status).hasText("Done: " + base + "/feed · imported 2, duplicates skipped 0, failed 0",
                    new LocatorAssertions.HasTextOptions().setTimeout(UploadPage.LONG_WAIT_MS));
            assertThat(upload.line(base + "/feed as .rss item 1")).hasClass(IMPORTED);
            assertThat(upload.line(base + "/feed as .rss item 2")).hasClass(IMPORTED);
            assertThat(jdbc.sql("SELECT CAST(published AS VARCHAR) FROM article WHERE title = 'Apricot harvest in "
                    + "Isfara'").query(String.class).single()).isEqualTo("2020-06-04");
            assertThat(page.locator("vaadin-text-field.na-web-address input")).hasValue("");

            address.fill(base + "/gone");
            page.locator("vaadin-button.na-web-fetch").click();
            assertThat(status).hasText("Done: " + base + "/gone · imported 0, duplicates skipped 0, failed 1",
                    new LocatorAssertions.HasTextOptions().setTimeout(UploadPage.LONG_WAIT_MS));
            assertThat(upload.line(base + "/gone")).hasClass(FAILED);
            assertThat(upload.line(base + "/gone")).containsText("cannot fetch it: 127.0.0.1 answered HTTP 404");
            assertThat(page.locator("vaadin-text-field.na-web-address input")).hasValue(base + "/gone");
        }
    }

    @Test
    void the_batch_date_and_outlet_fill_in_for_files_that_name_none() {
        UploadPage upload = new UploadPage(browser.page(), port);
        Locator page = browser.page().locator("body");
        typeDate(page.locator("vaadin-date-picker.na-batch-date"), "2019-03-01", "Read as Friday 1 March 2019");
        Locator outlet = page.locator("vaadin-text-field.na-batch-outlet input");
        outlet.fill("Field Desk");
        // the server has the outlet once Vaadin's client has nothing left to send (a person takes longer than that)
        Browser.awaitIdle(browser.page());
        String text = "Ferry to Khujand\n\nA new ferry began crossing the Kairakkum reservoir to Khujand this week.";

        upload.drop(new FilePayload("ferry.txt", "text/plain", text.getBytes(UTF_8)));

        upload.awaitStatus("Done: 1 of 1 file processed · imported 1, duplicates skipped 0, failed 0");
        assertThat(upload.line("ferry.txt")).containsText("dated 1 March 2019 as the batch");
        assertThat(jdbc.sql("SELECT CAST(published AS VARCHAR) || ' ' || outlet FROM article WHERE source_name = "
                + "'ferry.txt'").query(String.class).single()).isEqualTo("2019-03-01 Field Desk");
    }

    @Test
    void ten_files_dropped_in_two_waves_count_as_one_batch_that_ends_ten_of_ten() {
        UploadPage upload = new UploadPage(browser.page(), port).holdUploads();

        upload.drop(IntStream.range(100, 103).mapToObj(UploadPage::article).toArray(FilePayload[]::new));
        List<Route> first = upload.awaitHeld(3);
        upload.awaitStatus("Importing: 0 of 3 files processed · imported 0, duplicates skipped 0, failed 0");
        first.get(0).resume();
        upload.awaitStatus("Importing: 1 of 3 files processed · imported 1, duplicates skipped 0, failed 0");

        upload.drop(IntStream.range(103, 110).mapToObj(UploadPage::article).toArray(FilePayload[]::new));
        List<Route> all = upload.awaitHeld(10);
        upload.awaitStatus("Importing: 1 of 10 files processed · imported 1, duplicates skipped 0, failed 0");
        all.subList(1, 10).forEach(Route::resume);

        upload.awaitStatus("Done: 10 of 10 files processed · imported 10, duplicates skipped 0, failed 0");
        assertThat(browser.page().locator(".na-import-imported")).hasCount(10);
    }

    @Test
    void a_drop_of_forty_files_counts_forty_from_the_first_status_to_done() {
        UploadPage upload = new UploadPage(browser.page(), port);
        upload.recordStatuses();

        upload.drop(IntStream.range(6000, 6040).mapToObj(UploadPage::article).toArray(FilePayload[]::new));

        upload.awaitStatus("Done: 40 of 40 files processed · imported 40, duplicates skipped 0, failed 0");
        List<String> shown = upload.recordedStatuses();
        assertThat(shown).isNotEmpty().allMatch(text -> text.contains(" of 40 files processed"), "counts the whole drop");
        assertThat(browser.page().locator(".na-import-imported")).hasCount(40);
    }

    @Test
    void uploads_that_lose_their_connection_are_marked_in_the_browser_and_get_lines_once_the_page_hears_of_it() {
        UploadPage upload = new UploadPage(browser.page(), port).holdUploads();

        upload.drop(IntStream.range(200, 204).mapToObj(UploadPage::article).toArray(FilePayload[]::new));
        List<Route> held = upload.awaitHeld(4);
        held.get(0).resume();
        held.get(1).resume();
        upload.awaitStatus("Importing: 2 of 4 files processed · imported 2, duplicates skipped 0, failed 0");
        held.get(2).abort("connectionreset");
        held.get(3).abort("connectionrefused");

        upload.awaitStatus("Done: 4 of 4 files processed · imported 2, duplicates skipped 0, failed 2");
        for (Route lost : held.subList(2, 4)) {
            String name = UploadPage.fileName(lost);
            assertThat(upload.browserEntry(name)).containsText("Not imported: connection to the server lost");
            assertThat(upload.line(name)).containsText(name
                    + ": not imported: the connection to the server was lost; add the file again");
            assertThat(upload.line(name)).hasClass(FAILED);
        }
    }

    @Test
    void a_pasted_text_with_a_nul_is_refused_with_the_reason_a_file_gets_and_nothing_is_stored() {
        Page page = browser.page();
        new UploadPage(page, port);
        long before = articles();
        Locator form = page.locator(".na-paste-form");
        form.locator("vaadin-text-field", new Locator.LocatorOptions().setHasText("Title")).locator("input")
                .fill("Floods near Khorog");
        form.locator("vaadin-text-area textarea").fill("Floods cut the road to Khorog.\u0000\n\nThe pass stays shut.");
        form.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Add article")).click();

        assertThat(form.locator("vaadin-text-area")).containsText("Not added: binary file: contains NUL bytes, not text");
        assertThat(page.locator(".na-import-failed"))
                .containsText("pasted text: binary file: contains NUL bytes, not text");
        assertThat(articles()).isEqualTo(before);
        assertThat(form.locator("vaadin-text-area textarea")).hasValue("Floods cut the road to Khorog.\u0000\n\nThe pass stays shut.");
    }

    /** Types a date as a person does (the field's text, then Enter) and waits until the form says what it read. */
    private static void typeDate(Locator date, String typed, String read) {
        // the picker reads ISO dates once its formats have arrived with the page's first round trips
        Browser.awaitIdle(date.page());
        date.locator("input").fill(typed);
        date.locator("input").press("Enter");
        assertThat(date).containsText(read, new LocatorAssertions.ContainsTextOptions()
                .setTimeout(UploadPage.LONG_WAIT_MS));
    }

    @Test
    void the_paste_forms_date_reads_iso_and_dotted_day_month_and_says_what_it_read() {
        Page page = browser.page();
        new UploadPage(page, port);
        Locator form = page.locator(".na-paste-form");
        Locator date = form.locator("vaadin-date-picker");
        // each date differs from the one before, so each must be read anew (a value that did not change says nothing)
        typeDate(date, "2018-04-05", "Read as Thursday 5 April 2018");
        typeDate(date, "06.04.2018", "Read as Friday 6 April 2018");
        typeDate(date, "31.03.2018", "Read as Saturday 31 March 2018");
        form.locator("vaadin-text-area textarea").fill("Floods cut the road to Khorog on Friday.");
        form.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Add article")).click();

        assertThat(page.locator(".na-import-result").last()).containsText("pasted text: 1 passage",
                new LocatorAssertions.ContainsTextOptions().setTimeout(UploadPage.LONG_WAIT_MS));
        assertThat(jdbc.sql("SELECT CAST(published AS VARCHAR) FROM article WHERE original_text LIKE "
                + "'Floods cut the road to Khorog on Friday.%'").query(String.class).single()).isEqualTo("2018-03-31");
    }

    private long articles() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }
}
