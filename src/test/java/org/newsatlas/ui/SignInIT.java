package org.newsatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.security.PasswordHashes;
import org.newsatlas.support.Browser;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.TempDataDir;
import org.newsatlas.ui.map.MapScreenPage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A public server with reading open and the seed corpus: a visitor and a signed-in reader read but see no write
 * control and cannot open "Add articles"; an editor signs in, uploads an article and deletes it. No page breaks
 * the Content-Security-Policy (the browser reports every violation on the console).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInIT {

    private static final Path DATA = TempDataDir.create("sign-in");

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 900);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
        registry.add("newsatlas.server.public", () -> "true");
        registry.add("newsatlas.security.open-reading", () -> "true");
        registry.add("newsatlas.security.users[0].name", () -> "rita");
        registry.add("newsatlas.security.users[0].password", () -> PasswordHashes.hash("reader-password-1"));
        registry.add("newsatlas.security.users[0].role", () -> "reader");
        registry.add("newsatlas.security.users[1].name", () -> "ed");
        registry.add("newsatlas.security.users[1].password", () -> PasswordHashes.hash("editor-password-1"));
        registry.add("newsatlas.security.users[1].role", () -> "editor");
    }

    @Test
    void a_visitor_reads_the_articles_but_sees_no_write_control_and_cannot_open_add_articles() {
        Page page = browser.page();
        List<String> violations = cspViolations(page);
        openArticles(page);
        assertNoWriteControls(page);
        assertThat(page.locator("a.na-sign-in")).hasText("Sign in");

        new MapScreenPage(page, port).open("/");
        assertThat(page.locator(".na-app-nav a")).hasCount(2);
        page.navigate(url("/articles/add"));
        assertThat(page.locator(".na-access-denied h2")).hasText("Editors only");
        assertThat(page.locator("vaadin-upload")).hasCount(0);
        assertThat(violations).isEmpty();
    }

    @Test
    void a_signed_in_reader_sees_their_name_and_still_no_write_control() {
        Page page = browser.page();
        signIn(page, "rita", "reader-password-1");
        openArticles(page);
        assertThat(page.locator(".na-account-name")).hasText("rita");
        assertNoWriteControls(page);
        assertThat(page.locator("a.na-sign-in")).hasCount(0);
    }

    @Test
    void a_wrong_password_keeps_the_person_on_the_sign_in_page_with_a_message() {
        Page page = browser.page();
        signIn(page, "ed", "not-the-password");
        assertThat(page.locator(".na-login-error")).isVisible();
        assertThat(page).hasURL(url("/login?error"));
    }

    @Test
    void an_editor_signs_in_uploads_an_article_deletes_it_and_signs_out_without_a_csp_violation() {
        Page page = browser.page();
        List<String> violations = cspViolations(page);
        signIn(page, "ed", "editor-password-1");
        assertThat(page.locator(".na-account-name")).hasText("ed");
        assertThat(page.locator(".na-app-nav a[href='articles/add']")).hasText("+ Add articles");
        page.navigate(url("/articles/add"));
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("tromso.txt", "text/plain",
                "Storm warning for Tromsø\n\nFerries between Tromsø and Bodø were cancelled on Friday."
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator(".na-import-status-line")).hasText(
                "Done: 1 of 1 file processed · imported 1, duplicates skipped 0, failed 0");

        page.locator(".na-app-nav a[href='articles']").click();
        Locator grid = page.locator("vaadin-grid.na-article-grid");
        page.locator(".na-article-filters vaadin-text-field input").fill("Tromsø");
        page.waitForFunction("document.querySelector('vaadin-grid.na-article-grid').size === 1");
        grid.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Delete")).first().click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button", new Page.LocatorOptions().setHasText("Delete"))
                .click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Deleted \"Storm warning for Tromsø\"");
        page.waitForFunction("document.querySelector('vaadin-grid.na-article-grid').size === 0");
        assertThat(page.locator("vaadin-button.na-reprocess")).isVisible();

        new MapScreenPage(page, port).open("/");
        page.locator("vaadin-button.na-sign-out").click();
        // signing out reloads the page: on a busy machine that takes longer than an assertion's usual wait
        assertThat(page.locator("a.na-sign-in")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator(".na-app-nav a[href='articles/add']")).hasCount(0);
        assertThat(violations).isEmpty();
    }

    @Test
    void on_a_public_server_an_editor_cannot_make_it_fetch_its_own_address() {
        Page page = browser.page();
        signIn(page, "ed", "editor-password-1");
        page.navigate(url("/articles/add"));
        page.locator("vaadin-text-field.na-web-address input").waitFor();
        Browser.awaitIdle(page); // typed before Vaadin's client is ready, a value is lost (as a person's would be)
        String own = "http://127.0.0.1:" + port + "/actuator";
        page.locator("vaadin-text-field.na-web-address input").fill(own);
        page.locator("vaadin-button.na-web-fetch").click();

        assertThat(page.locator(".na-web-status")).hasText("Done: " + own
                + " · imported 0, duplicates skipped 0, failed 1", new LocatorAssertions.HasTextOptions()
                .setTimeout(60_000));
        assertThat(page.locator(".na-import-result", new Page.LocatorOptions().setHasText(own))).containsText(
                "not fetched: 127.0.0.1 is an address inside this server's own network; a public server fetches "
                        + "public addresses only");
    }

    private void openArticles(Page page) {
        page.navigate(url("/articles"));
        assertThat(page.locator("vaadin-grid.na-article-grid vaadin-button", new Page.LocatorOptions()
                .setHasText("Open")).first()).isVisible();
    }

    private static void assertNoWriteControls(Page page) {
        assertThat(page.locator("vaadin-grid.na-article-grid vaadin-button", new Page.LocatorOptions()
                .setHasText("Delete"))).hasCount(0);
        assertThat(page.locator("vaadin-button.na-reprocess")).hasCount(0);
        assertThat(page.locator(".na-app-nav a[href='articles/add']")).hasCount(0);
    }

    /**
     * Fills and submits the form until the browser leaves the sign-in page. Seen in two of six runs here: a
     * submit that never left the page (cause not found; a person would press the button again), so the
     * form is filled and sent again, up to three times, each given a minute to be answered.
     */
    private void signIn(Page page, String name, String password) {
        page.navigate(url("/login"));
        for (int attempt = 1; ; attempt++) {
            page.locator("#na-login-username").fill(name);
            page.locator("#na-login-password").fill(password);
            page.locator(".na-login-submit").click();
            try {
                page.waitForURL(u -> !u.equals(url("/login")), new Page.WaitForURLOptions().setTimeout(60_000)
                        .setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
                return;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 3) {
                    throw e;
                }
                System.err.println("SignInIT: sign-in attempt " + attempt + " stayed on /login; submitting again");
            }
        }
    }

    private static List<String> cspViolations(Page page) {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });
        return violations;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
