package org.newsatlas.ui.articles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsatlas.article.ArticleService;
import org.newsatlas.article.ImportOutcome;
import org.newsatlas.article.NewArticle;
import org.newsatlas.support.Browser;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.TempDataDir;
import org.newsatlas.ui.map.MapScreenPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person uploads two files, watches them import, sees their places on the map, finds them in the article list,
 * reads one, deletes the other (its places leave the map); then moves a place mention to another place from the
 * map's panel and takes the correction back. The second test goes on from the first one's corpus.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "newsatlas.seed.enabled=false")
class ArticlesViewIT {

    private static final Path DATA = TempDataDir.create("articles-view");
    private static final Pattern EXACTLY_KASHGAR = Pattern.compile("^Kashgar$");
    private static final Pattern EXACTLY_USHUAIA = Pattern.compile("^Ushuaia$");

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 900);

    @LocalServerPort
    int port;

    @Autowired
    ArticleService articles;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @Test
    @Order(1)
    void two_uploaded_files_are_imported_put_on_the_map_listed_read_as_text_and_one_is_deleted_with_its_places() {
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/articles/add");
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload[] {
                new FilePayload("kashgar.html", "text/html", bytes("page-with-scripts.html")),
                new FilePayload("ushuaia.html", "text/html", bytes("ushuaia.html"))});

        Locator status = page.locator(".na-import-status-line");
        assertThat(status).hasText("Done: 2 of 2 files processed · imported 2, duplicates skipped 0, failed 0");
        assertThat(page.locator(".na-app-summary")).containsText("2 articles · ");
        assertThat(page.locator("vaadin-progress-bar.na-import-progress")).isVisible();
        assertThat(page.evaluate("document.querySelector('vaadin-progress-bar.na-import-progress').value"))
                .isEqualTo(1);
        assertThat(page.locator(".na-import-imported")).hasCount(2);
        assertThat(page.locator(".na-import-imported", new Page.LocatorOptions().setHasText("kashgar.html")))
                .containsText("removed 2 scripts and 1 embedded frame");
        // the bar slides to full: let it get there before the picture
        page.locator("vaadin-progress-bar.na-import-progress").evaluate(
                "bar => Promise.all(bar.shadowRoot.getAnimations({ subtree: true }).map((a) => a.finished))");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("add-articles")));

        page.locator(".na-app-nav a[href='']").click();
        Locator features = featureList(page);
        assertThat(visibleCell(features, EXACTLY_USHUAIA)).hasCount(1);
        assertThat(visibleCell(features, EXACTLY_KASHGAR)).hasCount(1);

        page.locator(".na-app-nav a[href='articles']").click();
        assertThat(page.locator(".na-app-summary")).containsText("2 articles · ");
        Locator grid = page.locator("vaadin-grid.na-article-grid");
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                .setHasText("Rail link to Kashgar opens"))).hasCount(1);
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                .setHasText("Storm closes the port of Ushuaia"))).hasCount(1);
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                .setHasText("Steppe Herald"))).hasCount(1);

        filter(page, "kashgar", 1);
        assertThat(visibleCell(grid, "Storm closes the port")).hasCount(0);
        assertThat(visibleCell(grid, "Rail link to Kashgar opens")).hasCount(1);
        visibleCell(grid, "Open").locator("vaadin-button", new Locator.LocatorOptions().setHasText("Open")).click();
        Locator reader = page.locator("vaadin-dialog-overlay");
        assertThat(reader).containsText("The first freight train crossed the border at Torugart");
        assertThat(reader).containsText("<script>alert(1)</script> is how the page quoted code.");
        assertThat(reader.locator("script")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("article-reader")));
        reader.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Close")).click();

        filter(page, "ushuaia", 1);
        assertThat(visibleCell(grid, "Storm closes the port of Ushuaia")).hasCount(1);
        assertThat(visibleCell(grid, "Rail link to Kashgar opens")).hasCount(0);
        visibleCell(grid, "Delete").locator("vaadin-button", new Locator.LocatorOptions().setHasText("Delete")).click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("Delete"))
                .click();
        page.waitForFunction("document.querySelector('vaadin-grid.na-article-grid').size === 0");
        filter(page, "", 1);
        assertThat(visibleCell(grid, "Storm closes the port of Ushuaia")).hasCount(0);
        assertThat(visibleCell(grid, "Rail link to Kashgar opens")).hasCount(1);
        assertThat(page.locator(".na-app-summary")).containsText("1 article · ");

        page.locator(".na-app-nav a[href='']").click();
        features = featureList(page);
        assertThat(visibleCell(features, EXACTLY_KASHGAR)).hasCount(1);
        assertThat(visibleCell(features, EXACTLY_USHUAIA)).hasCount(0);
        assertThat(page.locator("[data-feature='places/gn:3833367']")).hasCount(0);
    }

    @Test
    @Order(2)
    void a_mention_moved_to_another_place_from_the_panel_moves_on_the_map_until_the_correction_is_undone() {
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/");
        Locator features = featureList(page);
        visibleCell(features, EXACTLY_KASHGAR).click();
        new MapScreenPage(page, port).waitForPanel("Kashgar");
        Locator panel = page.locator(".na-panel");
        assertThat(panel.locator(".na-panel__summary")).hasText("1 article · 2 passages · All time");

        panel.locator("vaadin-button.na-mention-correct").first().click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        assertThat(dialog).containsText("Where is “Kashgar”?");
        dialog.locator(".na-correction__search input").fill("Ushuaia");
        // the lookup names the province where the gazetteer knows it: "Ushuaia (Tierra del Fuego, AR)"; the
        // arrow goes from the field to the first place found, Enter chooses it
        Locator ushuaia = dialog.locator(".na-correction__place", new Locator.LocatorOptions().setHasText(
                Pattern.compile("^Ushuaia \\((.+, )?AR\\)")));
        assertThat(ushuaia).hasCount(1);
        assertThat(dialog.locator(".na-correction__found-count")).hasText(Pattern.compile("^\\d+ places?"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("correction-lookup")));
        dialog.locator(".na-correction__search input").press("ArrowDown");
        assertThat(dialog.locator(".na-correction__place").first()).isFocused();
        assertThat(dialog.locator(".na-correction__place").first()).hasText(Pattern.compile("^Ushuaia"));
        page.keyboard().press("Enter");

        assertThat(page.locator("vaadin-notification-card")).containsText(Pattern.compile(
                "“Kashgar” is now Ushuaia \\((.+, )?AR\\) · city"));
        // the panel goes with the mention, to the place it names now
        new MapScreenPage(page, port).waitForPanel("Ushuaia");
        assertThat(panel.locator(".na-panel__summary")).hasText("1 article · 1 passage · All time");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("List")).click();
        assertThat(visibleCell(features, EXACTLY_USHUAIA)).hasCount(1);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Passages")).click();
        assertThat(panel.locator(".na-mention--corrected")).hasText("Kashgar");
        assertThat(panel.locator(".na-mention-corrected")).hasText("“Kashgar” corrected by you");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("corrected-mention")));

        panel.locator("vaadin-button.na-mention-correct", new Locator.LocatorOptions().setHasText("Change or undo"))
                .click();
        dialog.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Undo my correction")).click();

        // undone, the mention names Kashgar again: the panel goes back with it
        new MapScreenPage(page, port).waitForPanel("Kashgar");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("List")).click();
        assertThat(visibleCell(features, EXACTLY_USHUAIA)).hasCount(0);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Passages")).click();
        assertThat(panel.locator(".na-panel__summary")).hasText("1 article · 2 passages · All time");
    }

    @Test
    @Order(3)
    void not_a_place_survives_re_running_the_geoparser_from_the_articles_view_and_shows_in_the_reader() {
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/");
        visibleCell(featureList(page), EXACTLY_KASHGAR).click();
        new MapScreenPage(page, port).waitForPanel("Kashgar");
        Locator panel = page.locator(".na-panel");
        panel.locator("vaadin-button.na-mention-correct").first().click();
        page.locator("vaadin-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("Not a place"))
                .click();
        assertThat(panel.locator(".na-panel__summary")).hasText("1 article · 1 passage · All time");

        page.locator(".na-app-nav a[href='articles']").click();
        page.locator("vaadin-button.na-reprocess").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("Re-run"))
                .click();
        assertThat(page.locator(".na-reprocess-status"))
                .hasText("Done: re-analysed 1 of 1 article, failed 0, user corrections kept 1");
        assertThat(page.evaluate("document.querySelector('vaadin-progress-bar.na-reprocess-progress').value"))
                .isEqualTo(1);

        Locator grid = page.locator("vaadin-grid.na-article-grid");
        visibleCell(grid, "Open").locator("vaadin-button", new Locator.LocatorOptions().setHasText("Open")).click();
        Locator reader = page.locator("vaadin-dialog-overlay");
        assertThat(reader.locator(".na-mention--not-a-place")).hasText("Kashgar");
        assertThat(reader.locator(".na-mention", new Locator.LocatorOptions().setHasText("Kashgar"))).hasCount(1);
    }

    @Test
    @Order(4)
    void an_editor_dates_an_undated_article_from_the_list_and_its_passages_move_to_that_month() {
        ImportOutcome stored = articles.store(new NewArticle("Rogun talks", "Desk", null, null, false, "rogun.txt",
                "Rogun talks\n\nTalks on the Rogun dam resumed in Dushanbe on Monday, officials said."));
        long id = stored.articleId();
        // a second article, so that the filter's answer (one row) is seen to arrive: its new buttons take the click
        articles.store(new NewArticle("Naryn herders", "Desk", null, null, false, "naryn.txt",
                "Naryn herders\n\nHerders near Naryn moved their flocks to the summer pastures on Monday."));
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/articles");
        filter(page, "Rogun", 1);
        Browser.awaitIdle(page);
        Locator grid = page.locator("vaadin-grid.na-article-grid");

        visibleCell(grid, "Set date").locator("vaadin-button", new Locator.LocatorOptions().setHasText("Set date"))
                .click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        Locator date = dialog.locator("vaadin-date-picker");
        Browser.awaitIdle(page);
        date.locator("input").fill("2019-06-14");
        date.locator("input").press("Enter");
        assertThat(date).containsText("Read as Friday 14 June 2019");
        dialog.locator("vaadin-button.na-date-save").click();

        assertThat(visibleCell(grid, "2019-06-14")).hasCount(1);
        assertThat(visibleCell(grid, "Change date")).hasCount(1);
        assertThat(jdbc.sql("""
                SELECT DISTINCT pm.ym FROM passage_month pm JOIN passage p ON p.id = pm.passage_id
                WHERE p.article_id = ?""").param(id).query(LocalDate.class).list())
                .containsExactly(LocalDate.of(2019, 6, 1));
    }

    @Test
    @Order(5)
    void not_a_place_for_every_mention_of_the_words_in_the_article_takes_them_all_off_the_map_at_once() {
        long id = articles.store(new NewArticle("Khorog floods", "Desk", null, LocalDate.of(2021, 8, 3), false,
                "khorog.txt", "Khorog floods\n\nFloods cut the road to Khorog on Monday.\n\n"
                        + "Shops in Khorog stayed shut, officials said.")).articleId();
        String place = jdbc.sql("""
                SELECT DISTINCT pl.gazetteer_id FROM mention m JOIN passage p ON p.id = m.passage_id
                JOIN place pl ON pl.id = m.place_id WHERE p.article_id = ? AND m.surface = 'Khorog'""")
                .param(id).query(String.class).single();
        long mentions = jdbc.sql("SELECT COUNT(*) FROM mention m JOIN passage p ON p.id = m.passage_id"
                + " WHERE p.article_id = ? AND m.surface = 'Khorog'").param(id).query(Long.class).single();
        assertThat(mentions).as("Khorog in the body twice (and maybe the title)").isGreaterThanOrEqualTo(2);
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/?feature=places/" + place);
        MapScreenPage screen = new MapScreenPage(page, port);
        screen.awaitMap();
        screen.waitForPanel("Khorugh");
        Locator panel = page.locator(".na-panel");
        panel.locator("vaadin-button.na-mention-correct").first().click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        assertThat(dialog.locator("vaadin-radio-button", new Locator.LocatorOptions()
                .setHasText("Every “Khorog” in the corpus, and in articles added later"))).hasCount(1);
        dialog.locator("vaadin-radio-button", new Locator.LocatorOptions()
                .setHasText("All " + mentions + " mentions of “Khorog” in this article")).click();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("correction-scope")));
        dialog.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Not a place")).click();

        assertThat(page.locator("vaadin-notification-card"))
                .containsText("“Khorog”: " + mentions + " mentions not a place: taken off the map");
        assertThat(page.locator(".na-panel h2")).hasText("Not on the map");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mention_correction WHERE article_id = ? AND gazetteer_id IS NULL")
                .param(id).query(Long.class).single()).isEqualTo(mentions);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mention m JOIN passage p ON p.id = m.passage_id"
                + " WHERE p.article_id = ? AND m.surface = 'Khorog'").param(id).query(Long.class).single()).isZero();
    }

    @Test
    @Order(6)
    void a_place_the_geoparser_missed_is_added_from_words_selected_in_the_reader() {
        long id = articles.store(new NewArticle("Pamir water", "Desk", null, LocalDate.of(2021, 8, 4), false,
                "pamir.txt", "Pamir water\n\nWater rose near the pamir town of khorog on Monday.\n\n"
                        + "Officials in Kabul said so.")).articleId();
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/articles");
        filter(page, "Pamir water", 1);
        Locator grid = page.locator("vaadin-grid.na-article-grid");
        visibleCell(grid, "Open").locator("vaadin-button", new Locator.LocatorOptions().setHasText("Open")).click();
        Locator reader = page.locator("vaadin-dialog-overlay.na-reader");
        reader.locator("[data-start]").first().waitFor();

        reader.locator("vaadin-button.na-reader-add-place").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Select the words of a place");
        // select "khorog" as a person would with the mouse
        assertThat(page.evaluate("""
                () => {
                  const p = [...document.querySelectorAll('[data-start]')].find((e) => e.textContent.includes('khorog'));
                  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    const at = n.data.indexOf('khorog');
                    if (at >= 0) {
                      const range = document.createRange();
                      range.setStart(n, at);
                      range.setEnd(n, at + 'khorog'.length);
                      getSelection().removeAllRanges();
                      getSelection().addRange(range);
                      return true;
                    }
                  }
                  return false;
                }""")).isEqualTo(true);
        reader.locator("vaadin-button.na-reader-add-place").click();

        Locator dialog = page.locator("vaadin-dialog-overlay.na-correction");
        assertThat(dialog).containsText("Where is “khorog”?");
        assertThat(dialog).containsText("The geoparser found no place here.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("add-a-place")));
        dialog.locator("vaadin-button", new Locator.LocatorOptions().setHasText(Pattern.compile("^Khorugh")))
                .first().click();

        assertThat(page.locator("vaadin-notification-card").last()).containsText("“khorog” added as Khorugh");
        assertThat(jdbc.sql("SELECT m.decided_by FROM mention m JOIN passage p ON p.id = m.passage_id"
                + " WHERE p.article_id = ? AND m.surface = 'khorog'").param(id).query(String.class).single())
                .isEqualTo("user correction");
    }

    /** The map page's feature list ("List" tab), once the map has drawn its layers. */
    private Locator featureList(Page page) {
        new MapScreenPage(page, port).awaitMap();
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("List")).click();
        return page.locator("vaadin-grid.na-feature-list");
    }

    private static void filter(Page page, String text, int rows) {
        // typed before Vaadin's client has started the page, the text would never reach the server
        page.locator("vaadin-grid.na-article-grid").waitFor();
        Browser.awaitIdle(page);
        page.locator(".na-article-filters vaadin-text-field input").fill(text);
        page.waitForFunction("n => document.querySelector('vaadin-grid.na-article-grid').size === n", rows);
    }

    /** vaadin-grid keeps cell elements of rows it hides: only visible cells are what a person sees. */
    private static Locator visibleCell(Locator grid, String text) {
        return grid.locator("vaadin-grid-cell-content",
                new Locator.LocatorOptions().setHasText(text)).filter(new Locator.FilterOptions().setVisible(true));
    }

    private static Locator visibleCell(Locator grid, Pattern text) {
        return grid.locator("vaadin-grid-cell-content",
                new Locator.LocatorOptions().setHasText(text)).filter(new Locator.FilterOptions().setVisible(true));
    }

    private static byte[] bytes(String fixture) {
        try (InputStream in = ArticlesViewIT.class.getResourceAsStream("/articles/" + fixture)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
