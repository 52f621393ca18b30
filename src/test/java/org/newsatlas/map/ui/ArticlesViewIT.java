package org.newsatlas.map.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.Browser;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A person uploads two files, watches them import, finds them in the article list, reads one, deletes it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "newsatlas.seed.enabled=false")
class ArticlesViewIT {

    private static final Path DATA = TempDataDir.create("articles-view");
    private static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void two_uploaded_files_are_imported_listed_read_as_text_and_one_is_deleted() {
        try (BrowserContext context = browser.newContext(1280, 900)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/articles/add");
            page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload[] {
                    new FilePayload("kashgar.html", "text/html", bytes("page-with-scripts.html")),
                    new FilePayload("herders.md", "text/markdown", bytes("article.md"))});

            Locator status = page.locator(".na-import-status-line");
            assertThat(status).hasText("Done: 2 of 2 files processed · imported 2, duplicates skipped 0, failed 0");
            assertThat(page.locator("vaadin-progress-bar.na-import-progress")).isVisible();
            assertThat(page.evaluate("document.querySelector('vaadin-progress-bar.na-import-progress').value"))
                    .isEqualTo(1);
            assertThat(page.locator(".na-import-imported")).hasCount(2);
            assertThat(page.locator(".na-import-imported", new Page.LocatorOptions().setHasText("kashgar.html")))
                    .containsText("removed 2 scripts and 1 embedded frame");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("add-articles")));

            page.locator(".na-app-nav a[href='articles']").click();
            assertThat(page.locator(".na-app-summary")).containsText("2 articles · ");
            Locator grid = page.locator("vaadin-grid.na-article-grid");
            assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                    .setHasText("Rail link to Kashgar opens"))).hasCount(1);
            assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                    .setHasText("Herders move early as drought hits Mongolia"))).hasCount(1);
            assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                    .setHasText("Steppe Herald"))).hasCount(1);

            page.locator(".na-article-filters vaadin-text-field input").fill("kashgar");
            page.waitForFunction("document.querySelector('vaadin-grid.na-article-grid').size === 1");
            assertThat(visibleCell(grid, "Herders move early")).hasCount(0);
            visibleCell(grid, "Open").locator("vaadin-button", new Locator.LocatorOptions().setHasText("Open")).click();
            Locator reader = page.locator("vaadin-dialog-overlay");
            assertThat(reader).containsText("The first freight train crossed the border at Torugart");
            assertThat(reader).containsText("<script>alert(1)</script> is how the page quoted code.");
            assertThat(reader.locator("script")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("article-reader")));
            reader.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Close")).click();

            visibleCell(grid, "Delete").locator("vaadin-button", new Locator.LocatorOptions().setHasText("Delete")).click();
            page.locator("vaadin-confirm-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("Delete"))
                    .click();
            page.waitForFunction("document.querySelector('vaadin-grid.na-article-grid').size === 0");
            page.locator(".na-article-filters vaadin-text-field input").fill("");
            page.waitForFunction("document.querySelector('vaadin-grid.na-article-grid').size === 1");
            assertThat(visibleCell(grid, "Rail link to Kashgar opens")).hasCount(0);
            assertThat(visibleCell(grid, "Herders move early as drought hits Mongolia")).hasCount(1);
            page.locator(".na-app-nav a[href='']").click();
            assertThat(page.locator(".na-app-summary")).containsText("1 articles");
        }
    }

    /** vaadin-grid keeps cell elements of rows it hides: only visible cells are what a person sees. */
    private static Locator visibleCell(Locator grid, String text) {
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
