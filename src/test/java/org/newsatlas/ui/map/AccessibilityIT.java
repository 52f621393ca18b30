package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WCAG 2.1 AA checks on the map with the panel open, the article list and the upload page, and the accessible
 * tree a screen reader gets from the side panel and the month bar. axe-core finds no contrast violation, but it
 * leaves most texts "incomplete" (it cannot see backgrounds through Vaadin's slots, nor under the map's
 * controls), so {@code contrast-check.js} computes the WCAG ratio of every visible text itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityIT {

    private static final Path DATA = TempDataDir.create("accessibility");
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Serious or critical: what a person with a screen reader or low vision would be blocked by. */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 800);

    @LocalServerPort
    int port;
    private Page page;
    private MapScreenPage screen;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @BeforeEach
    void openPage() {
        page = browser.page();
        screen = new MapScreenPage(page, port);
    }

    @Test
    void the_map_with_the_panel_open_has_no_contrast_or_other_serious_violations() {
        screen.open("/?month=2021-08&feature=exercise_sites/west-interaction-2021");
        screen.waitForPanel("West/Interaction-2021");
        assertNoBlockingViolations(axe());
        assertThat(lowContrastTexts()).isEmpty();
    }

    @Test
    void the_article_list_has_no_contrast_or_other_serious_violations() {
        page.navigate(url("/articles"));
        page.locator("vaadin-grid").waitFor();
        page.waitForFunction("() => document.querySelectorAll('vaadin-grid-cell-content').length > 10");
        assertNoBlockingViolations(axe());
        assertThat(lowContrastTexts()).isEmpty();
    }

    @Test
    void the_add_articles_page_has_no_contrast_or_other_serious_violations() {
        page.navigate(url("/articles/add"));
        page.locator("vaadin-upload").waitFor();
        assertNoBlockingViolations(axe());
        assertThat(lowContrastTexts()).isEmpty();
    }

    @Test
    void the_contrast_check_catches_grey_text_on_white_and_passes_dark_text() {
        page.setContent("<body style='background:#fff'><p style='color:#888'>faint</p><p style='color:#333'>dark</p>"
                + "<p style='color:#888;font-size:30px'>large</p></body>");
        assertThat(lowContrastTexts()).singleElement().asString().startsWith("3.54:1 < 4.5:1 \"faint\"");
    }

    @Test
    void a_screen_reader_finds_the_panel_as_a_region_with_headings_marks_and_an_announcement() {
        screen.open("/?feature=capitals/gn:1221874");
        screen.waitForPanel("Dushanbe");
        Locator panel = page.getByRole(com.microsoft.playwright.options.AriaRole.REGION,
                new Page.GetByRoleOptions().setName("Selected feature"));
        String tree = panel.ariaSnapshot();
        assertThat(tree).contains("- heading \"Dushanbe\" [level=2]");
        List<String> titles = page.locator(".na-panel .na-article h3").allTextContents();
        assertThat(titles).isNotEmpty();
        titles.forEach(title -> assertThat(tree).contains("- heading \"" + title + "\" [level=3]"));
        assertThat(tree).contains("- mark: Dushanbe");
        // passages read in order: the first passage's text comes before the second article's heading
        assertThat(tree.indexOf("Dushanbe")).isLessThan(tree.indexOf("[level=3]"));
        int passages = page.locator(".na-panel .na-passage").count();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS).textContent())
                .isEqualTo("Dushanbe, " + passages + (passages == 1 ? " passage" : " passages"));
    }

    @Test
    void the_month_bar_buttons_say_their_month_and_which_is_pressed() {
        screen.open("/?month=2021-08");
        String tree = page.locator(".na-month-filter").ariaSnapshot();
        assertThat(tree).containsPattern("- button \"August 2021, \\d+ passages\" \\[pressed\\]");
        assertThat(tree).containsPattern("- button \"July 2021, \\d+ passages\"\\n");
        assertThat(tree).contains("- button \"All time\"\n").contains("- button \"Previous month\"")
                .contains("- button \"Next month\"");
    }

    private List<?> lowContrastTexts() {
        try (var script = AccessibilityIT.class.getResourceAsStream("contrast-check.js")) {
            return (List<?>) page.evaluate(new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private AxeResults axe() {
        return new AxeBuilder(page).withTags(WCAG_AA).analyze();
    }

    private static void assertNoBlockingViolations(AxeResults results) {
        List<Rule> violations = results.getViolations();
        assertThat(violations.stream().filter(v -> v.getId().equals("color-contrast")).toList())
                .as("contrast:\n%s", describe(violations)).isEmpty();
        assertThat(violations.stream().filter(v -> BLOCKING.contains(v.getImpact())).toList())
                .as("serious or critical:\n%s", describe(violations)).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getNodes().stream()
                .map(n -> n.getTarget() + " " + n.getFailureSummary()).collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
