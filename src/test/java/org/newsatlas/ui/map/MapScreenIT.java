package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.KeyboardModifier;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.support.Browser;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.HostileText;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The main screen over the seed corpus, driven as a person would in headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapScreenIT {

    private static final Path DATA = TempDataDir.create("map-screen");
    /** A cap for the search's answers on a busy machine; the assertions return as soon as the text shows. */
    private static final double WAIT_MS = 60_000;
    private static final Pattern WEST_INTERACTION = Pattern.compile("(?i)(west|zapad|joint western).*2021");

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 800);

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.newsatlas.layer.LayerService layers;
    @org.springframework.beans.factory.annotation.Autowired
    org.newsatlas.search.ArticleIndexer indexer;
    @org.springframework.beans.factory.annotation.Autowired
    org.newsatlas.search.SearchService search;
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
    void the_search_lists_what_matches_and_says_so_when_nothing_does() {
        screen.open("/");
        Locator box = page.locator("vaadin-combo-box.na-search");
        Locator input = box.locator("input");
        Locator items = page.locator("vaadin-combo-box-item");
        String none = "No place or passage matches";
        double mapTop = page.locator(".na-map").boundingBox().y;
        input.fill("Qingtongxia");
        expect(items.first()).containsText("Qingtongxia", within());
        expect(box).not().containsText(none);

        input.fill("Zqxwv");
        expect(box).containsText(none + " “Zqxwv”", within());
        expect(page.locator("vaadin-combo-box-item:visible")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("search-no-match")));
        assertThat(page.locator(".na-map").boundingBox().y).as("the message floats; the map does not move")
                .isEqualTo(mapTop);

        input.fill("Ningxia");
        expect(items.first()).containsText("Ningxia", within());
        expect(box).not().containsText(none, within());
    }

    private static LocatorAssertions.ContainsTextOptions within() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT_MS);
    }

    /** Playwright's web-first assertions (AssertJ's assertThat is imported). */
    private static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    @Test
    void switching_to_december_2017_leaves_only_interaction_2017_with_its_photo_caption() {
        screen.open("/?month=2021-08");
        // in the demo's timeline of years, 2017 is reached first: its overlays are December's (the only month of
        // 2017 with passages), so the month's click may leave them as they are
        screen.revealMonth("2017-12").click();
        page.waitForCondition(() -> screen.url().contains("month=2017-12")); // the URL may follow the redraw
        screen.awaitWindow("2017-12");
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
        assertThat(screen.url()).contains("feature=capitals/gn:1221874").doesNotContain("CN-RU");
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
        page.waitForFunction("() => { const [lat, lng] = document.querySelector('na-place-map').testView().center;"
                + " return Math.abs(lat - 39.9) < 3 && Math.abs(lng - 116.4) < 3; }");
        assertThat(view()).isNotEqualTo(before);
    }

    /**
     * Until the words are found in a passage: the search index is built in the background after the seeds are
     * stored, and the box asks once per typed text (a test typing before the index holds the passage never sees it).
     */
    private void awaitTextSearch(String words) throws InterruptedException {
        long until = System.nanoTime() + (long) WAIT_MS * 1_000_000;
        while (search.search(words, 10).stream().allMatch(org.newsatlas.search.SearchHit::isFeature)) {
            assertThat(System.nanoTime()).as("passages with “" + words + "” searchable").isLessThan(until);
            indexer.indexPending();
            Thread.sleep(100); // a poll, not a pause: the loop ends as soon as the passage is found
        }
    }

    @Test
    void the_reader_opens_at_a_text_hit_with_its_words_marked_and_at_the_panels_passage_with_the_exercise_marked()
            throws InterruptedException {
        screen.open("/");
        awaitTextSearch("Free of Ideologization");
        Locator input = page.locator("vaadin-combo-box.na-search input");
        input.fill("Free of Ideologization");
        Locator hit = page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("ideologization"));
        expect(hit.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT_MS));
        hit.first().click();

        Locator marked = page.locator("vaadin-dialog-overlay.na-reader mark.na-reader-hit");
        expect(marked).hasText("free of ideologization", new LocatorAssertions.HasTextOptions().setTimeout(WAIT_MS));
        Locator focus = page.locator("vaadin-dialog-overlay.na-reader .na-reader-focus");
        expect(focus).hasCount(1);
        expect(focus).containsText("They are not opportunistic");
        page.waitForCondition(() -> inView(focus), new Page.WaitForConditionOptions().setTimeout(WAIT_MS));
        Locator firstParagraph = page.locator("vaadin-dialog-overlay.na-reader p").first();
        assertThat(inView(firstParagraph)).as("the article's top is scrolled away").isFalse();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("reader-at-search-hit")));
        page.keyboard().press("Escape");
        expect(page.locator("vaadin-dialog-overlay.na-reader")).hasCount(0);

        screen.open("/?month=2021-08&feature=exercise_sites/west-interaction-2021");
        screen.waitForPanel("West/Interaction-2021");
        Locator group = page.locator(".na-panel .na-article").first();
        String passage = group.locator(".na-passage").first().textContent();
        group.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Open article")).click();
        Locator opened = page.locator("vaadin-dialog-overlay.na-reader .na-reader-focus").first();
        expect(opened).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT_MS));
        String start = opened.textContent().strip();
        assertThat(passage).contains(start.substring(0, Math.min(40, start.length())));
        expect(opened.locator(".na-reader-hit").first()).containsText("Interaction", within());
        page.waitForCondition(() -> inView(opened), new Page.WaitForConditionOptions().setTimeout(WAIT_MS));
    }

    /** Whether an element inside the reader is within the reader's visible scroll area. */
    private boolean inView(Locator element) {
        return (Boolean) element.evaluate("""
                el => { let box = el.getBoundingClientRect(); let s = el.parentElement;
                        while (s && !(s.scrollHeight > s.clientHeight + 1 && getComputedStyle(s).overflowY !== 'visible'))
                          s = s.parentElement || (s.getRootNode() && s.getRootNode().host);
                        const view = s ? s.getBoundingClientRect() : {top: 0, bottom: innerHeight};
                        return box.top >= view.top - 1 && box.bottom <= view.bottom + 1 && box.height > 0; }""");
    }

    @Test
    void the_base_map_names_countries_at_the_opening_zooms_and_towns_when_close() {
        screen.open("/?at=38.02,106.08,10");
        page.waitForFunction("() => Number(document.querySelector('na-place-map').dataset.labels) > 0");
        List<String> close = page.locator(".na-base-label").allTextContents();
        assertThat(close).contains("Qingtongxia").doesNotContain("China");
        assertThat(page.locator(".na-base-label").first().evaluate("el => el.closest('[aria-hidden]') !== null"))
                .isEqualTo(true);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("base-map-names-zoom-10")));

        screen.open("/?at=38,100,4");
        page.waitForFunction("() => [...document.querySelectorAll('.na-base-label')]"
                + ".some(el => el.textContent === 'China')");
        List<String> far = page.locator(".na-base-label").allTextContents();
        assertThat(far).contains("China", "Mongolia", "Beijing").doesNotContain("Qingtongxia");
        assertThat(labelsOverlap()).as("no two names overlap").isFalse();

        var bad = page.request().get("http://localhost:" + port + "/api/basemap-labels?bbox=10,50,20&zoom=4");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("west,south,east,north");
    }

    private boolean labelsOverlap() {
        return (Boolean) page.evaluate("""
                () => { const boxes = [...document.querySelectorAll('.na-base-label')]
                          .map(el => el.getBoundingClientRect()).filter(b => b.width > 0);
                        return boxes.some((a, i) => boxes.some((b, j) => i < j && a.left < b.right - 1
                          && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)); }""");
    }

    @Test
    void a_link_to_a_country_whose_parts_span_the_world_fits_its_largest_part() {
        screen.open("/?feature=countries/US");
        screen.waitForPanel("United States of America");
        page.waitForCondition(() -> screen.url().contains("at="));
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) page.evaluate("""
                () => { const b = document.querySelector('na-place-map')._map.getBounds();
                        return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }""");
        assertThat(box.get(2).doubleValue() - box.get(0).doubleValue()).as("not the whole world").isLessThan(120);
        assertThat(box.get(0).doubleValue()).isLessThan(-100);
        assertThat(box.get(2).doubleValue()).isGreaterThan(-80);
    }

    @Test
    void two_exercise_sites_on_one_point_spread_apart_on_a_click_and_each_opens_its_panel() {
        screen.open("/");
        Locator stack = exerciseStack();
        assertThat(stack.getAttribute("aria-label")).startsWith("2 exercise sites: ");
        assertThat(page.locator("[data-feature='exercise_sites/interaction-2017']").count()).isZero();
        stack.click();
        screen.feature("exercise_sites/west-interaction-2021").click();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("stacked-exercises")));
        screen.waitForPanel("West/Interaction-2021");
        screen.feature("exercise_sites/interaction-2017").click();
        screen.waitForPanel("Interaction-2017");
        page.waitForCondition(() -> screen.url().contains("feature=exercise_sites/interaction-2017"));
    }

    @Test
    void the_keyboard_spreads_a_stack_walks_its_members_opens_one_with_space_and_escape_folds_it() {
        screen.open("/");
        exerciseStack().focus();
        page.keyboard().press("Enter");
        page.waitForCondition(() -> focusedFeature().startsWith("exercise_sites/"));
        String first = focusedFeature();
        page.keyboard().press("Tab");
        page.waitForCondition(() -> focusedFeature().startsWith("exercise_sites/") && !focusedFeature().equals(first));
        String second = focusedFeature();
        assertThat(List.of(first, second)).containsExactlyInAnyOrder("exercise_sites/west-interaction-2021",
                "exercise_sites/interaction-2017");
        page.keyboard().press(" ");
        page.waitForCondition(() -> screen.url().contains("feature=" + second));
        screen.waitForPanel(second.endsWith("2017") ? "Interaction-2017" : "West/Interaction-2021");

        page.locator("[data-feature='" + second + "']").focus();
        page.keyboard().press("Escape");
        page.waitForCondition(() -> "exercise_sites".equals(page.evaluate(
                "() => document.activeElement && document.activeElement.dataset.cluster || ''")));
        assertThat(exerciseStack().getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void a_point_marker_opens_with_space_and_a_cluster_of_places_is_named_with_what_it_holds() {
        screen.open("/");
        Locator capital = screen.feature("capitals/gn:1221874");
        capital.focus();
        page.keyboard().press(" ");
        page.waitForCondition(() -> screen.url().contains("feature=capitals/gn:1221874"));
        screen.waitForPanel("Dushanbe");
        @SuppressWarnings("unchecked")
        List<String> clusters = (List<String>) page.locator("[data-cluster='places']").evaluateAll(
                "els => els.map(e => e.getAttribute('aria-label'))");
        assertThat(clusters).isNotEmpty().allSatisfy(label -> assertThat(label)
                .matches("\\d+ places: .+, .+"));
    }

    /** The cluster drawn where West/Interaction-2021 and Interaction-2017 share a point (all time). */
    private Locator exerciseStack() {
        Locator stack = page.locator("[data-cluster='exercise_sites'][aria-label*='West/Interaction-2021']"
                + "[aria-label*=', Interaction-2017'], [data-cluster='exercise_sites'][aria-label*='West/Interaction-2021']"
                + "[aria-label*=': Interaction-2017']").first();
        stack.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        return stack;
    }

    private String focusedFeature() {
        return (String) page.evaluate("() => document.activeElement && document.activeElement.dataset"
                + " && document.activeElement.dataset.feature || ''");
    }

    @Test
    void copy_link_gives_the_whole_view_and_a_fresh_page_opened_with_it_shows_that_view() {
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        screen.open("/?month=2021-08");
        screen.feature("exercise_sites/west-interaction-2021").click();
        screen.waitForPanel("West/Interaction-2021");
        page.evaluate("() => document.querySelector('na-place-map').setView(37.5, 69.25, 6)");
        layerSwitch("country").uncheck();
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("List")).click();
        page.waitForCondition(() -> screen.url().contains("at=37.5,69.25,6")
                && screen.url().contains("layers=exercise_sites,capitals,borders,places")
                && screen.url().contains("tab=list"));
        screen.settleHistory();

        page.locator(".na-copy-link").click();
        expect(page.locator("vaadin-notification-card")).containsText("Link to this view copied", within());
        String link = (String) page.evaluate("() => navigator.clipboard.readText()");
        assertThat(java.net.URLDecoder.decode(link, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("http://localhost:" + port + "/?").contains("month=2021-08",
                        "feature=exercise_sites/west-interaction-2021", "at=37.5,69.25,6",
                        "layers=exercise_sites,capitals,borders,places", "tab=list");

        try (BrowserContext fresh = browser.newContext(1280, 800)) {
            Page other = fresh.newPage();
            MapScreenPage view = new MapScreenPage(other, port);
            other.navigate(link);
            view.awaitMap();
            view.waitForPanel("West/Interaction-2021");
            other.waitForFunction("() => { const v = document.querySelector('na-place-map').testView();"
                    + " return v.zoom === 6 && Math.abs(v.center[0] - 37.5) < 1e-3 && Math.abs(v.center[1] - 69.25) < 1e-3; }");
            assertThat(other.locator("vaadin-tab[selected]").textContent()).isEqualTo("List");
            assertThat(other.locator(".na-month-label").textContent()).isEqualTo("August 2021");
            @SuppressWarnings("unchecked")
            List<String> shown = (List<String>) other.evaluate(
                    "() => document.querySelector('na-place-map').testView().overlaysShown");
            assertThat(shown).contains("exercise_sites", "places").doesNotContain("countries");
            assertThat(other.locator("[data-feature^='countries/']").count()).isZero();
        }
    }

    @Test
    void a_link_with_a_feature_fits_the_map_to_it() {
        screen.open("/?feature=capitals/gn:1221874");
        screen.waitForPanel("Dushanbe");
        page.waitForFunction("() => { const v = document.querySelector('na-place-map').testView();"
                + " return v.zoom >= 6 && Math.abs(v.center[0] - 38.54) < 0.5 && Math.abs(v.center[1] - 68.78) < 0.5; }");
        page.waitForCondition(() -> screen.url().contains("at="));
        assertThat(screen.url()).contains("feature=capitals/gn:1221874");
    }

    @Test
    void the_first_view_fits_the_places_of_the_corpus() {
        screen.open("/");
        java.util.Map<?, ?> view = (java.util.Map<?, ?>) page.evaluate(
                "() => document.querySelector('na-place-map').testView()");
        org.locationtech.jts.geom.Envelope extent = DataExtent.of(layers.summaries(
                org.newsatlas.layer.MonthWindow.ALL_TIME)).orElseThrow();
        double west = number(view, "west");
        double east = number(view, "east");
        double south = number(view, "south");
        double north = number(view, "north");
        assertThat(west).isLessThanOrEqualTo(extent.getMinX());
        assertThat(east).isGreaterThanOrEqualTo(extent.getMaxX());
        assertThat(south).isLessThanOrEqualTo(extent.getMinY());
        assertThat(north).isGreaterThanOrEqualTo(extent.getMaxY());
        assertThat(east - west < 2.2 * extent.getWidth() || north - south < 2.2 * extent.getHeight())
                .as("one zoom in and the places would not fit: %s in %s", extent, view).isTrue();
    }

    private static double number(java.util.Map<?, ?> view, String key) {
        return ((Number) view.get(key)).doubleValue();
    }

    @Test
    void from_the_month_bar_skip_links_shown_on_focus_lead_to_the_map_and_to_the_panel() {
        screen.open("/?month=2021-08&feature=exercise_sites/west-interaction-2021");
        screen.waitForPanel("West/Interaction-2021");
        Locator toMap = page.locator(".na-skip-link", new Page.LocatorOptions().setHasText("Skip to map"));
        Locator toPanel = page.locator(".na-skip-link", new Page.LocatorOptions().setHasText("Skip to panel"));
        assertThat(toMap.boundingBox().width).as("hidden until focused").isLessThanOrEqualTo(1);

        page.locator(".na-month-bar[data-month='2021-08']").focus();
        for (int presses = 0; presses < 10 && !isFocused(toMap); presses++) {
            page.keyboard().press("Tab");
        }
        assertThat(isFocused(toMap)).as("Tab from the month bar reaches \"Skip to map\"").isTrue();
        assertThat(toMap.boundingBox().width).as("shown while focused").isGreaterThan(40);
        page.keyboard().press("Enter");
        page.waitForCondition(() -> (Boolean) page.evaluate(
                "() => document.activeElement.classList.contains('leaflet-container')"));

        toMap.focus();
        page.keyboard().press("Tab");
        assertThat(isFocused(toPanel)).isTrue();
        page.keyboard().press("Enter");
        page.waitForCondition(() -> (Boolean) page.evaluate(
                "() => document.activeElement.classList.contains('na-panel')"));
        page.keyboard().press("Tab");
        assertThat((Boolean) page.evaluate("() => document.querySelector('.na-panel').contains(document.activeElement)"))
                .as("the next Tab stays in the panel").isTrue();
    }

    private static boolean isFocused(Locator locator) {
        return (Boolean) locator.evaluate("el => el === document.activeElement");
    }

    @Test
    void the_legend_scales_the_country_shading_from_one_passage_to_the_months_most() throws Exception {
        for (String month : List.of("2021-08", "2021-07")) {
            screen.open("/?month=" + month);
            YearMonth ym = YearMonth.parse(month);
            int most = 0;
            for (com.fasterxml.jackson.databind.JsonNode country : new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(page.request().get("http://localhost:" + port + "/ogc/collections/countries/items"
                            + "?limit=1000&mentioned=true&datetime=" + ym.atDay(1) + "/" + ym.atEndOfMonth()).text())
                    .path("features")) {
                most = Math.max(most, country.path("properties").path("passage_count").asInt());
            }
            assertThat(most).as("countries mentioned in " + month).isGreaterThan(1);
            Locator scale = page.locator(".na-legend .na-legend__shading");
            assertThat(scale.getAttribute("aria-label"))
                    .isEqualTo("Country shading: lighter for fewer passages, darkest for " + most);
            assertThat(scale.textContent()).isEqualTo("1" + most + " passages");
        }
    }

    @Test
    void a_linked_place_among_thirty_thousand_is_flown_to_once_they_are_clustered() {
        screen.open("/");
        // a layer far larger than one step of clustering (a fifth of a second): the place is found only at the end
        drawInPage("""
                () => {
                  const map = document.querySelector('na-place-map');
                  const rows = [];
                  for (let i = 0; i < 30000; i++) {
                    rows.push(['p' + i, 'Place ' + i, 1 + (i % 7), -60 + (i % 240) * 0.5, -170 + Math.floor(i / 240) * 2.7]);
                  }
                  map.selected = { collection: 'places', id: 'p29999', fly: true };
                  map.overlays = [{ id: 'places', label: 'Places', symbol: 'place', count: rows.length, visible: true,
                    features: rows }];
                }""");
        // the map moves to it once the layer is clustered, and it is drawn there, operable; p29999 is the last of its
        // column of 240 (latitude -60 + 239 * 0.5) in column 124 (longitude -170 + 124 * 2.7)
        page.waitForFunction("() => { const c = document.querySelector('na-place-map').testView().center;"
                + " return Math.abs(c[0] - 59.5) < 2 && Math.abs(c[1] - 164.8) < 3; }");
        Locator place = screen.feature("places/p29999");
        assertThat(place.getAttribute("aria-label")).startsWith("Place 29999");
        assertThat(place.getAttribute("role")).isEqualTo("button");
    }

    @Test
    void markers_of_two_layers_on_one_spot_ask_which_one_and_a_lone_marker_opens_at_once() {
        screen.open("/");
        drawInPage("""
                () => {
                  const map = document.querySelector('na-place-map');
                  window.__naClicks = [];
                  map.addEventListener('feature-click', (e) => { window.__naClicks.push(e.detail); e.stopImmediatePropagation(); }, true);
                  map.overlays = [
                    { id: 'exercise_sites', label: 'Exercise sites', symbol: 'exercise', count: 2, visible: true,
                      features: [['site', 'Steppe exercise', 4, 40.0, 80.0], ['far', 'Far exercise', 2, 30.0, 60.0]] },
                    { id: 'places', label: 'Other places', symbol: 'place', count: 1, visible: true,
                      features: [['town', 'Steppe town', 3, 40.0, 80.0005]] }];
                  map.setView(40, 80, 6);
                }""");
        screen.feature("exercise_sites/site").click();
        Locator chooser = page.locator(".na-stack-chooser");
        expect(chooser).isVisible();
        expect(chooser.locator("button")).hasCount(2);
        expect(chooser.locator("button").first()).isFocused();
        assertThat(chooser.locator("button").allTextContents()).containsExactly(
                "Steppe exercise, 4 passages · Exercise sites", "Steppe town, 3 passages · Other places");
        assertThat(clicks()).isEmpty();
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.waitForCondition(() -> !clicks().isEmpty());
        assertThat(clicks()).containsExactly("places/town");
        expect(chooser).hasCount(0);

        screen.feature("exercise_sites/site").focus();
        page.keyboard().press("Enter");
        expect(chooser.locator("button").first()).isFocused();
        page.keyboard().press("Escape");
        expect(chooser).hasCount(0);
        expect(screen.feature("exercise_sites/site")).isFocused();

        page.evaluate("() => document.querySelector('na-place-map').setView(30, 60, 6)");
        screen.feature("exercise_sites/far").click();
        page.waitForCondition(() -> clicks().size() == 2);
        assertThat(clicks()).containsExactly("places/town", "exercise_sites/far");
        expect(chooser).hasCount(0);
    }

    @SuppressWarnings("unchecked")
    private List<String> clicks() {
        return ((List<Object>) page.evaluate("() => window.__naClicks.map(d => d.collection + '/' + d.id)"))
                .stream().map(String::valueOf).toList();
    }

    @Test
    void an_exercise_label_that_would_overlap_a_busier_one_is_hidden_until_its_marker_is_hovered_or_focused() {
        screen.open("/");
        // two sites a few pixels apart at zoom 5: far enough not to be stacked, near enough for their labels to meet
        drawInPage("""
                () => {
                  const map = document.querySelector('na-place-map');
                  map.overlays = [{ id: 'exercise_sites', label: 'Exercise sites', symbol: 'exercise', count: 2,
                    visible: true, features: [['busy', 'Busy exercise', 9, 40.0, 80.0],
                                              ['quiet', 'Quiet exercise', 1, 40.3, 80.1]] }];
                  map.setView(40.1, 80.05, 5);
                }""");
        Locator busy = page.locator(".leaflet-tooltip[data-label='exercise_sites/busy']");
        Locator quiet = page.locator(".leaflet-tooltip[data-label='exercise_sites/quiet']");
        page.waitForCondition(() -> "hidden".equals(visibility(quiet)));
        assertThat(visibility(busy)).isEqualTo("visible");

        screen.feature("exercise_sites/quiet").hover();
        page.waitForCondition(() -> "visible".equals(visibility(quiet)));
        page.mouse().move(5, 5);
        page.waitForCondition(() -> "hidden".equals(visibility(quiet)));
        screen.feature("exercise_sites/quiet").focus();
        page.waitForCondition(() -> "visible".equals(visibility(quiet)));

        // zoomed in, the labels come apart and both show
        page.evaluate("() => document.querySelector('na-place-map').setView(40.1, 80.05, 9)");
        page.waitForCondition(() -> "visible".equals(visibility(quiet)) && !quiet.evaluate(
                "el => el.classList.contains('na-label-hidden')").equals(true));
        assertThat(visibility(busy)).isEqualTo("visible");
    }

    private static String visibility(Locator label) {
        return (String) label.evaluate("el => getComputedStyle(el).visibility");
    }

    @Test
    void on_a_phone_the_panel_is_a_bottom_sheet_under_the_map_and_the_month_bar_stays_on_top() {
        try (BrowserContext phone = browser.newContext(360, 740)) {
            page = phone.newPage();
            screen = new MapScreenPage(page, port);
            screen.open("/?month=2021-08&feature=exercise_sites/west-interaction-2021");
            screen.waitForPanel("West/Interaction-2021");
            var map = page.locator("na-place-map").boundingBox();
            var sheet = page.locator(".na-side").boundingBox();
            var months = page.locator(".na-month-filter").boundingBox();
            assertThat(sheet.y).isGreaterThanOrEqualTo(map.y + map.height - 1);
            assertThat(sheet.width).isGreaterThan(350);
            assertThat(months.y).isLessThan(map.y);
            assertThat(map.height).isGreaterThan(200);
            assertThat(page.evaluate("() => document.documentElement.scrollWidth")).as("nothing wider than 360 px")
                    .isEqualTo(360);
            // the legend and the layer switcher fold to a line and a button; the attribution keeps off the scale
            Locator legend = page.locator(".na-legend");
            assertThat(legend.boundingBox().height).as("folded legend").isLessThan(40);
            Locator layers = page.locator(".leaflet-control-layers");
            assertThat(layers.getAttribute("class")).doesNotContain("leaflet-control-layers-expanded");
            assertThat(layers.boundingBox().width).isLessThan(60);
            assertThat(overlap(page.locator(".leaflet-control-attribution"), page.locator(".leaflet-control-scale")))
                    .isFalse();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("main-screen-phone")));

            page.locator(".na-legend summary").click();
            expect(page.locator(".na-legend .na-legend__row").first()).isVisible();
            assertThat(legend.boundingBox().height).isGreaterThan(60);
            page.locator(".leaflet-control-layers-toggle").focus(); // a finger's tap, or the keyboard
            page.keyboard().press("Enter");
            page.waitForCondition(() -> layers.getAttribute("class").contains("leaflet-control-layers-expanded"));
            expect(page.locator(".leaflet-control-layers-overlays input").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("phone-controls-open")));

            page.locator(".na-panel .na-article").first().locator("vaadin-button", new Locator.LocatorOptions()
                    .setHasText("Open article")).click();
            Locator reader = page.locator("vaadin-dialog-overlay.na-reader");
            expect(reader.locator(".na-reader-focus").first()).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(WAIT_MS));
            // measured once the dialog's opening animation (which grows it to its size) has ended
            page.waitForFunction("el => el.shadowRoot.querySelector('[part=overlay]').getBoundingClientRect().width"
                    + " > 355", reader.elementHandle());
            assertThat(page.evaluate("() => document.documentElement.scrollWidth")).isEqualTo(360);
        }
    }

    private static boolean overlap(Locator a, Locator b) {
        var x = a.boundingBox();
        var y = b.boundingBox();
        return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
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
    void an_article_link_opens_the_map_at_the_place_it_mentions_most_and_a_bad_one_says_so() {
        screen.open("/?article=1&month=2021-08");
        page.waitForCondition(() -> screen.url().contains("feature="));
        assertThat(screen.url()).contains("month=2021-08").doesNotContain("article=");
        page.waitForSelector(".na-panel .na-panel__header h2");

        for (String bad : List.of("999999", "x")) {
            screen.open("/?article=" + bad);
            page.waitForCondition(() -> page.locator(".na-map-notice").isVisible());
            assertThat(page.locator(".na-map-notice").textContent())
                    .isEqualTo("Article " + bad + " has no place on the map.");
            assertThat(page.locator("[data-feature^='capitals/']").count()).isPositive();
        }
    }

    @Test
    void a_place_of_low_confidence_is_marked_and_the_legends_switch_hides_it_from_map_and_list_and_the_link_keeps_it()
            throws Exception {
        // the places whose mentions are more likely wrong than right, as the API says (the seeds have some: a loose
        // spelling such as "Zabaikalsk" is one)
        com.fasterxml.jackson.databind.JsonNode places = new org.newsatlas.support.HttpJson(port)
                .get("/ogc/collections/places/items?limit=1000&mentioned=true").body();
        String low = null;
        String lowName = null;
        String at = null;
        for (com.fasterxml.jackson.databind.JsonNode f : places.path("features")) {
            double confidence = f.path("properties").path("mean_confidence").asDouble(1);
            if (confidence < org.newsatlas.layer.FeatureSummary.LOW_CONFIDENCE && low == null) {
                low = f.path("id").asText();
                lowName = f.path("properties").path("name").asText();
                com.fasterxml.jackson.databind.JsonNode point = f.path("geometry").path("coordinates");
                at = point.get(1).asDouble() + "," + point.get(0).asDouble() + ",12"; // close enough to stand alone
            }
        }
        assertThat(low).as("a place of low confidence in the seed corpus").isNotNull();
        screen.open("/?feature=places/" + low + "&at=" + at);
        screen.waitForPanel(lowName);
        expect(page.locator(".na-panel__header")).containsText(", low: more likely wrong than right");
        Locator marker = screen.feature("places/" + low);
        expect(marker).hasClass(Pattern.compile("na-low-confidence"));
        assertThat(marker.getAttribute("aria-label")).endsWith(", low confidence");
        Locator legend = page.locator(".na-legend__low");
        expect(legend).containsText("Low confidence (under 0.5)");
        // the list sorted by confidence, lowest first: the doubtful places on top, marked "low"
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("List")).click();
        Locator grid = page.locator("vaadin-grid.na-feature-list");
        grid.locator("vaadin-grid-sorter", new Locator.LocatorOptions().setHasText("Confidence")).click();
        Locator lowRow = grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(lowName));
        expect(lowRow.first()).isVisible();
        expect(grid.locator(".na-confidence[data-low]").first()).containsText(" low");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("low-confidence")));

        Locator placesSwitch = page.locator(".na-layer-label.na-layer-place");
        int before = layerCount(placesSwitch.textContent());
        int lowCount = Integer.parseInt(legend.locator(".na-legend__count").textContent().strip());
        assertThat(lowCount).isPositive();
        legend.getByLabel("Hide low-confidence places").check();
        page.waitForCondition(() -> screen.url().contains("lowconfidence=hide"));
        page.locator("[data-feature='places/" + low + "']").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.DETACHED));
        expect(lowRow).hasCount(0);
        expect(grid.locator(".na-confidence[data-low]")).hasCount(0);
        // the layer switcher counts the places left: the confident ones stay
        page.waitForCondition(() -> layerCount(placesSwitch.textContent()) < before);
        assertThat(layerCount(placesSwitch.textContent())).isPositive()
                .isEqualTo(before - lowCountOf(places));

        String link = page.url();
        page.navigate("about:blank");
        page.navigate(link);
        screen.awaitMap();
        expect(page.locator(".na-legend__low").getByLabel("Hide low-confidence places")).isChecked();
        assertThat(page.locator("[data-feature='places/" + low + "']").count()).isZero();
    }

    /** "Places (11)" -> 11. */
    private static int layerCount(String label) {
        java.util.regex.Matcher m = Pattern.compile("\\((\\d+)\\)").matcher(label);
        assertThat(m.find()).as(label).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The features of an OGC items answer whose mean confidence is low. */
    private static int lowCountOf(com.fasterxml.jackson.databind.JsonNode items) {
        int n = 0;
        for (com.fasterxml.jackson.databind.JsonNode f : items.path("features")) {
            n += f.path("properties").path("mean_confidence").asDouble(1)
                    < org.newsatlas.layer.FeatureSummary.LOW_CONFIDENCE ? 1 : 0;
        }
        return n;
    }

    @Test
    void a_country_tooltip_says_one_passage_or_n_passages() throws Exception {
        com.fasterxml.jackson.databind.JsonNode countries = new org.newsatlas.support.HttpJson(port)
                .get("/ogc/collections/countries/items?limit=1000&mentioned=true").body();
        String one = null;
        String many = null;
        for (com.fasterxml.jackson.databind.JsonNode f : countries.path("features")) {
            int n = f.path("properties").path("passage_count").asInt();
            if (n == 1 && one == null) {
                one = f.path("id").asText();
            } else if (n > 1 && many == null) {
                many = f.path("id").asText();
            }
        }
        screen.open("/");
        assertThat(tooltipOf("countries/" + one)).endsWith(" · 1 passage");
        assertThat(tooltipOf("countries/" + many)).matches(".+ · \\d+ passages");
    }

    /** The tooltip a pointer over the feature's shape opens. */
    private String tooltipOf(String feature) {
        Locator shape = screen.feature(feature);
        var box = shape.boundingBox();
        shape.dispatchEvent("mouseover", java.util.Map.of("clientX", box.x + box.width / 2,
                "clientY", box.y + box.height / 2, "bubbles", true));
        Locator tooltip = page.locator(".leaflet-tooltip");
        tooltip.last().waitFor();
        String text = tooltip.last().textContent();
        shape.dispatchEvent("mouseout", java.util.Map.of("bubbles", true));
        return text;
    }

    @Test
    void a_link_to_an_unknown_feature_says_it_is_not_on_the_map_and_the_map_still_draws() {
        screen.open("/?feature=capitals/gn:0");
        screen.waitForPanel("Not on the map");
        assertThat(page.locator(".na-panel").textContent()).contains("There is no feature \"capitals/gn:0\"");
        assertThat(page.locator("[data-feature^='capitals/']").count()).isPositive();
    }

    @Test
    void an_overlay_switched_off_in_the_layer_control_stays_off_when_the_month_changes() {
        screen.open("/?month=2021-08");
        Locator exercises = layerSwitch("exercise");
        assertThat(exercises.isChecked()).isTrue();
        assertThat(page.locator("[data-feature^='exercise_sites/']").count()).isPositive();
        exercises.uncheck();
        page.waitForCondition(() -> page.locator("[data-feature^='exercise_sites/']").count() == 0);

        // in the demo's timeline of years, 2017 is reached first: its overlays are December's (the only month of
        // 2017 with passages), so the month's click may leave them as they are
        screen.revealMonth("2017-12").click();
        page.waitForCondition(() -> screen.url().contains("month=2017-12"));
        screen.awaitWindow("2017-12");

        // the layers of the new month are drawn (the control shows their counts), the exercises still switched off
        assertThat(layerLabel("exercise").textContent()).isEqualTo("Exercise sites (1)");
        assertThat(layerSwitch("exercise").isChecked()).isFalse();
        assertThat(page.locator("[data-feature^='exercise_sites/']").count()).isZero();
        assertThat(shownOverlays()).doesNotContain("exercise_sites").contains("countries");
        assertThat(layerSwitch("country").isChecked()).isTrue();

        layerSwitch("exercise").check();
        assertThat(screen.feature("exercise_sites/interaction-2017").getAttribute("aria-label"))
                .startsWith("Interaction-2017, ");
        assertThat(shownOverlays()).contains("exercise_sites");
    }

    @Test
    void the_map_taken_off_the_page_releases_leaflet_and_draws_again_when_put_back() {
        screen.open("/?month=2021-08");
        page.evaluate("() => { const el = document.querySelector('na-place-map');"
                + " window.naMap = { el, parent: el.parentNode, next: el.nextSibling }; el.remove(); }");
        page.waitForFunction("() => naMap.el.testView() === null && naMap.el.childElementCount === 0"
                + " && !naMap.el.hasAttribute('data-ready')");

        page.evaluate("() => naMap.parent.insertBefore(naMap.el, naMap.next)");
        screen.awaitMap();
        assertThat(page.locator("na-place-map .leaflet-container").count()).isEqualTo(1);
        assertThat(screen.feature("exercise_sites/west-interaction-2021").getAttribute("aria-label"))
                .startsWith("West/Interaction-2021, ");
        assertThat(page.evaluate("() => document.querySelector('na-place-map').testView().baseResolution"))
                .isEqualTo("overview");
    }

    /** Flow moves a view out and back in within one task (after an eager first load): the map stays as drawn. */
    @Test
    void the_map_moved_out_and_back_in_at_once_keeps_what_it_drew() {
        screen.open("/?month=2021-08");
        Object before = page.evaluate("() => JSON.stringify(document.querySelector('na-place-map').testView())");
        page.evaluate("() => { const el = document.querySelector('na-place-map'); const parent = el.parentNode;"
                + " const next = el.nextSibling; window.naMoved = { leaflet: el.querySelector('.leaflet-container') };"
                + " el.remove(); parent.insertBefore(el, next); }");
        // released only after the task in which it left the page: a timer queued now runs after that check
        page.evaluate("() => new Promise((done) => setTimeout(done, 0))");
        assertThat(page.evaluate("() => document.querySelector('na-place-map .leaflet-container') === naMoved.leaflet"
                + " && document.querySelector('na-place-map').getAttribute('data-ready') === 'true'")).isEqualTo(true);
        assertThat(page.evaluate("() => JSON.stringify(document.querySelector('na-place-map').testView())"))
                .isEqualTo(before);
    }

    /**
     * Names holding markup, given to the element as the server gives them (its {@code overlays} property), show
     * as written in the tooltips, the legend and the layer control: no element made, nothing run.
     */
    @Test
    void feature_and_layer_names_with_html_show_as_text_on_the_map() {
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        screen.open("/");
        drawInPage("""
                names => {
                  const features = names.map((name, i) => [`x${i}`, name, 2, 30 + i, 60 + 3 * i]);
                  document.querySelector('na-place-map').overlays = [
                    { id: 'exercise_sites', label: names[4], symbol: 'exercise', features, count: names.length,
                      visible: true },
                    { id: 'places', label: names[0], symbol: 'place', features: [['p1', names[5], 3, 45, 100]],
                      count: 1, visible: true }];
                }""", HostileText.MARKUP);

        // every name is a tooltip's text, as written (the tooltips of the screen's own exercises may still be
        // listed: see the report of the mapcomp branch, not explained yet)
        assertThat(page.locator(".na-tooltip-exercise").allTextContents()).containsAll(HostileText.MARKUP);
        assertThat(layerLabel("exercise").textContent())
                .isEqualTo(HostileText.MARKUP.get(4) + " (" + HostileText.MARKUP.size() + ")");
        assertThat(layerLabel("place").textContent()).isEqualTo(HostileText.MARKUP.get(0) + " (1)");
        assertThat(page.locator(".na-legend").textContent()).contains(HostileText.MARKUP.get(4) + " ",
                HostileText.MARKUP.get(0) + " ");
        assertThat(screen.feature("exercise_sites/x4").getAttribute("aria-label"))
                .isEqualTo(HostileText.MARKUP.get(4) + ", 2 passages");
        screen.feature("places/p1").hover();
        assertThat(page.locator(".na-tooltip-place").textContent()).isEqualTo(HostileText.MARKUP.get(5));

        assertThat(page.evaluate("g => window[g] === undefined", HostileText.GLOBAL)).isEqualTo(true);
        assertThat((List<?>) page.evaluate(HostileText.INJECTED_ELEMENTS)).isEmpty();
        assertThat(dialogs).isEmpty();
    }

    /** The layer control's checkbox of the layer drawn with this symbol ("exercise", "country"...). */
    private Locator layerSwitch(String symbol) {
        return page.locator(".leaflet-control-layers-overlays label", new Page.LocatorOptions()
                .setHas(page.locator(".na-layer-" + symbol))).locator("input[type=checkbox]");
    }

    private Locator layerLabel(String symbol) {
        return page.locator(".leaflet-control-layers-overlays .na-layer-" + symbol);
    }

    @SuppressWarnings("unchecked")
    private List<String> shownOverlays() {
        return (List<String>) page.evaluate("() => document.querySelector('na-place-map').testView().overlaysShown");
    }

    /** Runs a script that gives the map new overlays, and waits until the map has drawn them. */
    private void drawInPage(String script) {
        drawInPage(script, null);
    }

    /** As {@link #drawInPage(String)}, the script given {@code arg}. */
    private void drawInPage(String script, Object arg) {
        String generation = overlaysGeneration();
        page.evaluate(script, arg);
        page.waitForFunction("g => document.querySelector('na-place-map').getAttribute('data-overlays-ready') !== g",
                generation);
    }

    private String overlaysGeneration() {
        return page.locator("na-place-map").getAttribute("data-overlays-ready");
    }

    private Object view() {
        return page.evaluate("() => { const v = document.querySelector('na-place-map').testView();"
                + " return [...v.center, v.zoom]; }");
    }
}
