package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.KeyboardModifier;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.support.Browser;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The main screen over the seed corpus, driven as a person would in headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapScreenIT {

    private static final Path DATA = TempDataDir.create("map-screen");
    private static final Pattern WEST_INTERACTION = Pattern.compile("(?i)(west|zapad|joint western).*2021");

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
    void in_august_2021_the_west_interaction_marker_opens_passages_from_all_five_articles() {
        screen.open("/?month=2021-08");
        Locator marker = screen.feature("exercise_sites/west-interaction-2021");
        assertThat(marker.getAttribute("aria-label")).matches("West/Interaction-2021, \\d+ passages");
        marker.click();
        screen.waitForPanel("West/Interaction-2021");
        page.waitForCondition(() -> screen.url().contains("feature=exercise_sites/west-interaction-2021"));
        assertThat(screen.url()).contains("month=2021-08");
        Locator articles = page.locator(".na-panel .na-article");
        assertThat(articles.count()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            List<String> highlighted = articles.nth(i).locator(".na-mention--selected").allTextContents();
            assertThat(highlighted).as("article %d", i).isNotEmpty()
                    .allSatisfy(text -> assertThat(text).containsPattern(WEST_INTERACTION));
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("main-screen")));
    }

    @Test
    void switching_to_december_2017_leaves_only_interaction_2017_with_its_photo_caption() {
        screen.open("/?month=2021-08");
        String generation = overlaysGeneration();
        page.locator(".na-month-bar[data-month='2017-12']").click();
        page.waitForFunction("g => document.querySelector('na-place-map').getAttribute('data-overlays-ready') !== g",
                generation);
        page.waitForCondition(() -> screen.url().contains("month=2017-12")); // the URL may follow the redraw
        assertThat(page.locator(".na-month-label").textContent()).isEqualTo("December 2017");
        assertThat(page.locator("[data-feature^='exercise_sites/']").evaluateAll(
                "els => els.map(e => e.dataset.feature)")).isEqualTo(List.of("exercise_sites/interaction-2017"));
        screen.feature("exercise_sites/interaction-2017").click();
        screen.waitForPanel("Interaction-2017");
        assertThat(page.locator(".na-panel").textContent()).contains("December 4, 2017");
    }

    @Test
    void the_china_russia_border_lists_the_zabaikalsk_passage_and_dushanbe_its_own() {
        screen.open("/");
        // at the first zoom Dushanbe's star sits under the Tajik places' cluster: click the star itself
        screen.feature("capitals/gn:1221874").dispatchEvent("click");
        screen.waitForPanel("Dushanbe");
        assertThat(page.locator(".na-panel__header").textContent()).containsPattern("mean confidence \\d\\.\\d\\d");
        assertThat(page.locator(".na-panel .na-passage").first().textContent()).contains("Dushanbe");
        assertThat(page.locator(".na-panel .na-mention--selected").first().textContent()).isEqualTo("Dushanbe");
        // a border is a thin line: the click goes to the line itself, wherever the map has moved it
        screen.feature("borders/CN-RU").dispatchEvent("click");
        screen.waitForPanel("China–Russia border");
        assertThat(page.locator(".na-panel").textContent()).contains("Zabaikalsk station");
    }

    @Test
    void a_month_bar_is_picked_with_the_keyboard_and_a_shift_click_widens_the_month_to_a_range() {
        screen.open("/?month=2021-08");
        Locator july = page.locator(".na-month-bar[data-month='2021-07']");
        july.focus();
        page.keyboard().press("Enter");
        page.waitForCondition(() -> screen.url().contains("month=2021-07"));
        page.waitForCondition(() -> "true".equals(july.getAttribute("aria-pressed")));
        assertThat(page.locator(".na-month-label").textContent()).isEqualTo("July 2021");
        assertThat(page.locator(".na-month-bar[aria-pressed=true]").count()).isEqualTo(1);
        page.locator(".na-month-bar[data-month='2021-08']").click(new Locator.ClickOptions()
                .setModifiers(List.of(KeyboardModifier.SHIFT)));
        page.waitForCondition(() -> screen.url().contains("month=2021-07..2021-08"));
        page.waitForCondition(() -> page.locator(".na-month-bar[aria-pressed=true]").count() == 2);
        assertThat(page.locator(".na-month-label").textContent()).isEqualTo("Jul 2021 – Aug 2021");
        assertThat(page.locator(".na-month-bar[aria-pressed=true]").evaluateAll("els => els.map(e => e.dataset.month)"))
                .isEqualTo(List.of("2021-07", "2021-08"));
    }

    @Test
    void a_feature_with_no_passage_in_the_month_says_so_naming_the_month() {
        screen.open("/?month=2021-08&feature=capitals/gn:1221874");
        screen.waitForPanel("Dushanbe");
        assertThat(page.locator(".na-panel").textContent())
                .contains("No passage mentions Dushanbe in August 2021. Try \"All time\" or another month.");
    }

    @Test
    void a_deep_link_opens_the_panel_and_back_and_forward_step_through_selections() {
        screen.open("/?feature=capitals/gn:1221874");
        screen.waitForPanel("Dushanbe");
        screen.feature("borders/CN-RU").dispatchEvent("click");
        screen.waitForPanel("China–Russia border");
        page.waitForCondition(() -> screen.url().contains("feature=borders/CN-RU"));
        screen.settleHistory();
        page.goBack();
        screen.waitForPanel("Dushanbe");
        assertThat(screen.url()).endsWith("?feature=capitals/gn:1221874");
        screen.settleHistory();
        page.goForward();
        screen.waitForPanel("China–Russia border");
        assertThat(screen.url()).contains("feature=borders/CN-RU");
    }

    @Test
    void the_keyboard_alone_reaches_a_marker_and_opens_its_panel() {
        screen.open("/?month=2021-08");
        String focused = null;
        for (int presses = 0; presses < 300 && focused == null; presses++) {
            page.keyboard().press("Tab");
            focused = (String) page.evaluate("() => document.activeElement && document.activeElement.dataset"
                    + " && document.activeElement.dataset.feature || null");
        }
        assertThat(focused).as("a marker took the focus").isNotNull();
        String marker = focused;
        page.keyboard().press("Enter");
        page.waitForCondition(() -> screen.url().contains("feature=" + marker));
        assertThat(page.locator(".na-panel h2").textContent()).isNotBlank();
    }

    @Test
    void a_place_clicked_in_the_reader_moves_the_map_to_it_and_selects_it() {
        screen.open("/?month=2021-08&feature=exercise_sites/west-interaction-2021");
        screen.waitForPanel("West/Interaction-2021");
        Object before = view();
        page.locator(".na-panel .na-article").first().locator("vaadin-button", new Locator.LocatorOptions()
                .setHasText("Open article")).click();
        Locator place = page.locator("vaadin-button.na-mention[data-place='gn:1816670']").first();
        place.waitFor();
        assertThat(place.isVisible()).isTrue();
        place.dispatchEvent("click");
        page.waitForCondition(() -> screen.url().contains("feature=capitals/gn:1816670"));
        screen.waitForPanel("Beijing");
        page.waitForFunction("v => { const m = document.querySelector('na-place-map')._map;"
                + " const c = m.getCenter(); return Math.abs(c.lat - 39.9) < 3 && Math.abs(c.lng - 116.4) < 3; }",
                before);
        assertThat(view()).isNotEqualTo(before);
    }

    @Test
    void on_a_phone_the_panel_is_a_bottom_sheet_under_the_map_and_the_month_bar_stays_on_top() {
        try (BrowserContext phone = browser.newContext(390, 844)) {
            page = phone.newPage();
            screen = new MapScreenPage(page, port);
            screen.open("/?month=2021-08&feature=exercise_sites/west-interaction-2021");
            screen.waitForPanel("West/Interaction-2021");
            var map = page.locator("na-place-map").boundingBox();
            var sheet = page.locator(".na-side").boundingBox();
            var months = page.locator(".na-month-filter").boundingBox();
            assertThat(sheet.y).isGreaterThanOrEqualTo(map.y + map.height - 1);
            assertThat(sheet.width).isGreaterThan(380);
            assertThat(months.y).isLessThan(map.y);
            assertThat(map.height).isGreaterThan(250);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("main-screen-phone")));
        }
    }

    @Test
    void a_month_with_nothing_says_why() {
        screen.open("/?month=2019-02");
        assertThat(page.locator(".na-panel h2").textContent()).isEqualTo("Nothing in February 2019");
        assertThat(page.locator(".na-panel").textContent()).contains("No passage in the corpus is dated to");
    }

    @Test
    void a_link_to_a_month_the_map_cannot_show_says_why_and_shows_all_time_on_a_drawn_map() {
        List<List<String>> links = List.of(
                List.of("/?month=0999-05", "\"0999-05\" is outside"),
                List.of("/?month=%2B10000-01", "\"+10000-01\" is outside"),
                List.of("/?month=2021-13", "\"2021-13\" is not a month like 2021-08"),
                List.of("/?month=2021-08..2020-01", "\"2021-08..2020-01\" ends before it starts"),
                List.of("/?month=%3Cb%3Ehi", "\"<b>hi\" is not a month"));
        for (List<String> link : links) {
            screen.open(link.get(0));
            Locator notice = page.locator(".na-map-notice");
            assertThat(notice.isVisible()).as(link.get(0)).isTrue();
            assertThat(notice.textContent()).as(link.get(0)).contains(link.get(1))
                    .doesNotContain("Exception", "exception");
            assertThat(page.locator("[data-feature^='exercise_sites/']").count()).as(link.get(0)).isPositive();
            assertThat(page.locator(".na-month-label").textContent()).as(link.get(0))
                    .isEqualTo("All time");
        }
    }

    @Test
    void a_link_to_an_unknown_feature_says_it_is_not_on_the_map_and_the_map_still_draws() {
        screen.open("/?feature=capitals/gn:0");
        screen.waitForPanel("Not on the map");
        assertThat(page.locator(".na-panel").textContent()).contains("There is no feature \"capitals/gn:0\"");
        assertThat(page.locator("[data-feature^='capitals/']").count()).isPositive();
    }

    private String overlaysGeneration() {
        return page.locator("na-place-map").getAttribute("data-overlays-ready");
    }

    private Object view() {
        return page.evaluate("() => { const m = document.querySelector('na-place-map')._map;"
                + " return [m.getCenter().lat, m.getCenter().lng, m.getZoom()]; }");
    }
}
