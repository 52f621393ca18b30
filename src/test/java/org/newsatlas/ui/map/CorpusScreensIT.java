package org.newsatlas.ui.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.article.ingest.ImportReport;
import org.newsatlas.support.Browser;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.NewsCorpus;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The main screen over a corpus like a user's, not the demo's five articles: the seeds and 300 real-text news
 * articles (LGL and GeoVirus stories recombined, dated 2012–2024, many outlets). On a desktop and on a 360 px phone
 * the first view, the timeline of years and a busy country's passages read as they should; the screenshots are the
 * README's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusScreensIT {

    private static final Path DATA = TempDataDir.create("corpus-screens");
    private static final int ARTICLES = 300;
    private static final double WAIT_MS = 120_000;

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 800);

    @LocalServerPort
    int port;
    @Autowired
    ArticleImportService importer;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @BeforeAll
    void aCorpusOfThreeHundredArticles() {
        Path folder = DATA.resolveSibling(DATA.getFileName() + "-articles");
        NewsCorpus.fromSharedEval(7).write(folder, ARTICLES);
        ImportReport report = importer.importPaths(List.of(folder), progress -> { });
        assertThat(report.files()).hasSize(ARTICLES).allMatch(f -> f.result() == FileOutcome.Result.IMPORTED);
    }

    @Test
    void on_a_desktop_the_corpus_reads_as_years_and_the_busiest_country_pages_its_passages() {
        Page page = browser.page();
        MapScreenPage screen = new MapScreenPage(page, port);
        screen.open("/");
        assertThat(page.locator(".na-app-summary")).containsText((ARTICLES + 5) + " articles");
        // twelve years and more: one bar per year, none for a month
        assertThat(page.locator(".na-year-bar").count()).isGreaterThanOrEqualTo(12);
        assertThat(page.locator(".na-month-bar[data-month]").count()).isZero();
        assertThat(page.locator("[data-feature^='places/'], [data-cluster='places']").count()).isPositive();
        page.waitForFunction("() => Number(document.querySelector('na-place-map').dataset.labels) > 0");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("corpus-desktop")));

        screen.open("/?feature=countries/US");
        screen.waitForPanel("United States of America");
        Locator more = page.locator(".na-panel__more");
        assertThat(more).containsText("Show more passages (50 of ",
                new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT_MS));
        assertThat(page.locator(".na-panel .na-passage")).hasCount(50);
        more.click();
        assertThat(page.locator(".na-panel .na-passage")).hasCount(100,
                new LocatorAssertions.HasCountOptions().setTimeout(WAIT_MS));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("corpus-desktop-country")));
    }

    @Test
    void on_a_phone_nothing_is_wider_than_the_screen_and_the_panel_is_under_the_map() {
        try (BrowserContext phone = browser.newContext(360, 740)) {
            Page page = phone.newPage();
            MapScreenPage screen = new MapScreenPage(page, port);
            screen.open("/?feature=countries/US");
            screen.waitForPanel("United States of America");
            assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(360);
            var map = page.locator("na-place-map").boundingBox();
            var sheet = page.locator(".na-side").boundingBox();
            assertThat(sheet.y).isGreaterThanOrEqualTo(map.y + map.height - 1);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("corpus-phone")));
        }
    }
}
