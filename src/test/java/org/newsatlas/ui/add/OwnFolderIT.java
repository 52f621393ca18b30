package org.newsatlas.ui.add;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.PlacePoint;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.NewsCorpus;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An analyst's own folder, as a person brings it: seven real local news stories (LGL, the United States, 2009)
 * as a titled {@code .txt} with a "Published …" line, a Markdown file with front matter, a saved HTML page, a JSON
 * Lines file of two and a CSV of two, dropped together on the demo corpus (Central Asia, 2021). Every story gets
 * its own date and its passages that month, the counts agree from the result lines to the header, and "Show the 7
 * new articles on the map" leaves Central Asia for where the stories are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OwnFolderIT {

    private static final Path DATA = TempDataDir.create("own-folder");
    private static final Pattern IMPORTED = Pattern.compile("\\bna-import-imported\\b");
    private static final Pattern PASSAGES = Pattern.compile("(\\d+) passages?");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) articles? · (\\d+) passages?");
    /** Qingtongxia, where the demo corpus's exercise was held. */
    private static final double[] DEMO_SITE = {106.08, 38.02};

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 900);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArticleService articles;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    /** One LGL story, as the corpus has it. */
    record Story(String id, String title, String url, LocalDate date, String text) {
    }

    @Test
    void a_folder_in_five_formats_is_dated_counted_and_shown_on_a_map_fitted_to_it() throws IOException {
        List<Story> stories = usStories(7);
        ObjectMapper json = new ObjectMapper();
        Story txt = stories.get(0);
        Story md = stories.get(1);
        Story html = stories.get(2);
        String jsonl = jsonLine(json, stories.get(3)) + "\n" + jsonLine(json, stories.get(4)) + "\n";
        String csv = "title,date,outlet,author,url,text\n" + csvRow(stories.get(5)) + csvRow(stories.get(6));
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/");
        String summaryBefore = page.locator(".na-app-summary").textContent();
        double[] firstView = bounds(page);
        assertThat(contains(firstView, DEMO_SITE)).as("the demo corpus's first view").isTrue();
        UploadPage upload = new UploadPage(page, port);

        upload.drop(
                new FilePayload("story.txt", "text/plain", (txt.title() + "\n\nPublished "
                        + DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH).format(txt.date())
                        + "\n\n" + txt.text()).getBytes(UTF_8)),
                new FilePayload("notes.md", "text/markdown", ("---\ntitle: \"" + md.title().replace("\"", "'")
                        + "\"\ndate: " + md.date() + "\noutlet: Local Desk\n---\n\n" + md.text()).getBytes(UTF_8)),
                new FilePayload("saved.html", "text/html", page(html).getBytes(UTF_8)),
                new FilePayload("api.jsonl", "application/x-ndjson", jsonl.getBytes(UTF_8)),
                new FilePayload("archive.csv", "text/csv", csv.getBytes(UTF_8)));

        upload.awaitStatus("Done: 5 of 5 files processed · imported 7, duplicates skipped 0, failed 0");
        Map<String, String> sources = Map.of(txt.id(), "story.txt", md.id(), "notes.md", html.id(),
                "saved.html", stories.get(3).id(), "api.jsonl line 1", stories.get(4).id(), "api.jsonl line 2",
                stories.get(5).id(), "archive.csv row 2", stories.get(6).id(), "archive.csv row 3");
        long passages = 0;
        List<Long> ids = new ArrayList<>();
        for (Story story : stories) {
            String source = sources.get(story.id());
            assertThat(upload.line(source)).hasClass(IMPORTED);
            String line = upload.line(source).textContent();
            Matcher count = PASSAGES.matcher(line);
            assertThat(count.find()).as(line).isTrue();
            passages += Integer.parseInt(count.group(1));
            String href = upload.line(source).locator(".na-import-show").getAttribute("href");
            Matcher article = Pattern.compile("article=(\\d+)").matcher(href);
            assertThat(article.find()).as(href).isTrue();
            long id = Long.parseLong(article.group(1));
            Map<String, Object> row = jdbc.sql("SELECT CAST(published AS VARCHAR) published, title FROM article "
                    + "WHERE id = ?").param(id).query().singleRow();
            ids.add(id);
            assertThat(row.get("PUBLISHED")).as(source + ": the story's own date").isEqualTo(story.date().toString());
            assertThat(row.get("TITLE")).as(source).isEqualTo(story.title().replace("\"", "'"));
            List<String> months = jdbc.sql("""
                    SELECT DISTINCT CAST(pm.ym AS VARCHAR) FROM passage_month pm JOIN passage p ON p.id = pm.passage_id
                    WHERE p.article_id = ? AND p.kind = 'body'""").param(id).query(String.class).list();
            // the month it was published, or the months its text pins down ("April 14: a refresher course";
            // "unseated in October 2007" in a story of 2009), never every month of a year it names
            YearMonth published = YearMonth.from(story.date());
            assertThat(months).as(source + ": its passages' months, near its date " + story.date())
                    .anyMatch(m -> Math.abs(published.until(YearMonth.parse(m.substring(0, 7)),
                            java.time.temporal.ChronoUnit.MONTHS)) <= 1)
                    .hasSizeLessThan(4);
        }
        assertThat(page.locator(".na-app-summary")).hasText(summary(summaryBefore, 7, passages),
                new LocatorAssertions.HasTextOptions().setTimeout(UploadPage.LONG_WAIT_MS));

        page.locator(".na-import-show-all").click();

        page.waitForURL(Pattern.compile(".*[?&]at=[^&]+.*"), new Page.WaitForURLOptions()
                .setTimeout(UploadPage.LONG_WAIT_MS));
        double[] fitted = bounds(page);
        assertThat(contains(fitted, DEMO_SITE)).as("the new articles are not where the demo is").isFalse();
        List<PlacePoint> places = articles.placesOf(ids).stream().filter(p -> !p.isBroad()).toList();
        long weight = places.stream().mapToLong(PlacePoint::passages).sum();
        long shown = places.stream().filter(p -> contains(fitted, new double[] {p.lon(), p.lat()}))
                .mapToLong(PlacePoint::passages).sum();
        assertThat(places).as("the stories name towns and cities").isNotEmpty();
        assertThat((double) shown / weight).as("share of the new articles' place mentions in view").isGreaterThan(0.79);
        assertThat(fitted[2] - fitted[0]).as("the map is zoomed in on them, not on the world").isLessThan(100);
    }

    /** "12 articles · 340 passages" with {@code articles} and {@code passages} more than {@code before} says. */
    private static String summary(String before, int articles, long passages) {
        Matcher m = SUMMARY.matcher(before);
        assertThat(m.find()).as(before).isTrue();
        return (Long.parseLong(m.group(1)) + articles) + " articles · " + (Long.parseLong(m.group(2)) + passages)
                + " passages";
    }

    /** The map's bounds once it has drawn: west, south, east, north. */
    private static double[] bounds(Page page) {
        page.waitForFunction("() => { const m = document.querySelector('na-place-map'); return m && m._map; }");
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) page.evaluate("""
                () => { const b = document.querySelector('na-place-map')._map.getBounds();
                        return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }""");
        return box.stream().mapToDouble(Number::doubleValue).toArray();
    }

    private static boolean contains(double[] box, double[] lonLat) {
        return lonLat[0] >= box[0] && lonLat[0] <= box[2] && lonLat[1] >= box[1] && lonLat[1] <= box[3];
    }

    private static String jsonLine(ObjectMapper json, Story story) {
        ObjectNode row = json.createObjectNode().put("title", story.title()).put("date", story.date().toString())
                .put("outlet", "Wire Archive").put("url", story.url()).put("text", story.text());
        return row.toString();
    }

    private static String csvRow(Story story) {
        return String.join(",", quoted(story.title()), story.date().toString(), "Town Paper", quoted("Staff"),
                quoted(story.url()), quoted(story.text())) + "\n";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String page(Story story) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : story.text().split("(?<=[.!?][\"”’]?)\\s+(?=[A-Z\"“])")) {
            body.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(story.title())
                + "</title><meta property=\"article:published_time\" content=\"" + story.date() + "T09:30:00-05:00\">"
                + "<meta property=\"og:site_name\" content=\"Valley News\"></head><body><nav><a href=\"/\">Home</a>"
                + " <a href=\"/news\">News</a></nav><article><h1>" + escape(story.title()) + "</h1>\n" + body
                + "</article><footer>© Valley News</footer></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The first {@code count} LGL stories with a title and a date whose annotated places all lie in the contiguous
     * United States (at least three of them): local news far from the demo corpus.
     */
    private static List<Story> usStories(int count) throws IOException {
        Path eval = NewsCorpus.sharedFolder().resolve("eval");
        Map<String, List<double[]>> gold = new HashMap<>();
        List<String> rows = Files.readAllLines(eval.resolve("LGL.gold.tsv"), UTF_8);
        for (String line : rows.subList(1, rows.size())) {
            String[] cells = line.split("\t");
            if (cells.length > 5 && !cells[4].isBlank() && !cells[5].isBlank()) {
                gold.computeIfAbsent(cells[0], k -> new ArrayList<>())
                        .add(new double[] {Double.parseDouble(cells[5]), Double.parseDouble(cells[4])});
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<Story> stories = new ArrayList<>();
        for (String line : Files.readAllLines(eval.resolve("LGL.docs.jsonl"), UTF_8)) {
            JsonNode doc = json.readTree(line);
            String id = doc.path("doc_id").asText();
            String date = doc.path("date").asText("");
            String text = doc.path("text").asText("");
            List<double[]> points = gold.getOrDefault(id, List.of());
            boolean inUs = points.size() >= 3 && points.stream().allMatch(p -> p[0] > -125 && p[0] < -66
                    && p[1] > 24 && p[1] < 50);
            if (inUs && date.matches("\\d{4}-\\d{2}-\\d{2}.*") && !doc.path("title").asText("").isBlank()
                    && text.length() > 600 && text.length() < 6000) {
                stories.add(new Story(id, doc.path("title").asText().strip(), doc.path("url").asText(""),
                        LocalDate.parse(date.substring(0, 10)), text));
                if (stories.size() == count) {
                    return stories;
                }
            }
        }
        throw new IllegalStateException("fewer than " + count + " such stories in " + eval);
    }
}
