package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.support.Browser;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The map page in headless Chromium, as a person opening the app sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapPageIT {

    /** Per base-map kind, the lines and rings with a point in view (the element's public test snapshot). */
    private static final String BASE_MAP_IN_VIEW = "() => document.querySelector('na-place-map').testView().baseInView";
    /** How many points the drawn base map has. */
    private static final String BASE_MAP_POINTS = "() => document.querySelector('na-place-map').testView().basePoints";
    /** The colour the base-map canvas has drawn at [lat, lng], as "r,g,b". */
    private static final String PIXEL_AT = """
            ([lat, lng]) => {
              const el = document.querySelector('na-place-map');
              const canvas = el.querySelector('.leaflet-basemap-pane canvas');
              const point = el.pointOf(lat, lng);
              const box = canvas.getBoundingClientRect();
              const origin = el.querySelector('.leaflet-container').getBoundingClientRect();
              const scale = canvas.width / box.width;
              const x = Math.round((point.x + origin.left - box.left) * scale);
              const y = Math.round((point.y + origin.top - box.top) * scale);
              const [r, g, b] = canvas.getContext('2d').getImageData(x, y, 1, 1).data;
              return `${r},${g},${b}`;
            }""";

    private static final Path DATA = TempDataDir.create("map-page");

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 800);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @Test
    void the_map_page_draws_the_offline_base_map_with_no_tile_server() {
        Page page = browser.page();
        List<String> externalRequests = new ArrayList<>();
        page.onRequest(request -> {
            if (!request.url().startsWith("http://localhost:" + port) && !request.url().startsWith("data:")) {
                externalRequests.add(request.url());
            }
        });
        page.navigate("http://localhost:" + port + "/");
        page.waitForSelector("na-place-map[data-ready=true]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));

        // the base map is drawn on a canvas: count what its layers hold in view (country borders come as one
        // multi-line: count its lines), and read the colour drawn on Kazakhstan
        Map<?, ?> inView = (Map<?, ?>) page.evaluate(BASE_MAP_IN_VIEW);
        assertThat(((Number) inView.get("land")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat(((Number) inView.get("outline")).intValue()).isGreaterThan(50);
        assertThat(((Number) inView.get("river")).intValue()).isGreaterThan(10);
        assertThat(((Number) inView.get("lake")).intValue()).isGreaterThan(5);
        assertThat(page.evaluate(PIXEL_AT, List.of(48.0, 67.0))).isEqualTo("244,241,234");
        assertThat(page.locator("na-place-map").getAttribute("data-error")).isNull();
        assertThat(page.locator(".leaflet-tile").count()).isZero();
        assertThat(externalRequests).isEmpty();
        assertThat(page.locator("h1").textContent()).isEqualTo("News Atlas");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("map-page")));
    }

    @Test
    void the_map_page_loads_with_no_failed_request_and_its_own_tab_icon() {
        Page page = browser.page();
        List<String> failed = new ArrayList<>();
        page.onResponse(response -> {
            if (response.status() >= 400) {
                failed.add(response.status() + " " + response.url());
            }
        });
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                failed.add("console: " + message.text());
            }
        });
        page.navigate("http://localhost:" + port + "/?month=2021-08");
        page.waitForSelector("na-place-map[data-ready=true][data-overlays-ready]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.waitForTimeout(500);

        String icon = page.locator("link[rel=icon]").getAttribute("href");
        assertThat(icon).endsWith(".svg");
        assertThat(page.request().get("http://localhost:" + port + "/" + icon).status()).isEqualTo(200);
        assertThat(failed).isEmpty();
    }

    @Test
    void the_view_opens_on_central_asia_and_china() {
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/");
        page.waitForSelector("na-place-map[data-ready=true]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        // Leaflet exposes no global map; read the view from the element's public snapshot
        Object view = page.evaluate("() => { const v = document.querySelector('na-place-map').testView();"
                + " return [v.west, v.south, v.east, v.north]; }");
        @SuppressWarnings("unchecked")
        List<Number> bounds = (List<Number>) view;
        // Kabul (69.2 E, 34.5 N) and Beijing (116.4 E, 39.9 N) are both in view
        assertThat(bounds.get(0).doubleValue()).isLessThan(69.2);
        assertThat(bounds.get(2).doubleValue()).isGreaterThan(116.4);
        assertThat(bounds.get(1).doubleValue()).isLessThan(34.5);
        assertThat(bounds.get(3).doubleValue()).isGreaterThan(39.9);
    }

    @Test
    void the_map_opens_on_the_base_map_overview_and_draws_the_detailed_files_from_zoom_6() {
        Page page = browser.page();
        List<String> baseMapRequests = new ArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("basemap") && !request.url().contains("basemap-labels")) { // names: their own test
                baseMapRequests.add(request.url().replace("http://localhost:" + port, ""));
            }
        });
        page.navigate("http://localhost:" + port + "/");
        page.waitForSelector("na-place-map[data-ready=true]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(baseMapRequests).allMatch(url -> url.startsWith("/api/basemap/")).hasSize(4);
        int overviewPoints = ((Number) page.evaluate(BASE_MAP_POINTS)).intValue();

        page.evaluate("() => document.querySelector('na-place-map').setView(42, 75, 7)");
        page.waitForFunction("() => document.querySelector('na-place-map').testView().baseResolution === 'detail'");

        assertThat(baseMapRequests).contains("/basemap/land.geojson", "/basemap/lakes.geojson",
                "/basemap/rivers.geojson", "/basemap/country-borders.geojson");
        assertThat(((Number) page.evaluate(BASE_MAP_POINTS)).intValue()).isGreaterThan(2 * overviewPoints);
        assertThat(page.evaluate(PIXEL_AT, List.of(43.0, 77.0))).isEqualTo("244,241,234"); // near Almaty
    }

    @Test
    void the_navigation_marks_the_current_page_and_opens_the_upload_page_without_reloading() {
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/");
        page.waitForSelector("na-place-map[data-ready=true]",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(page.locator(".na-app-nav a[aria-current=page]").allTextContents()).containsExactly("Map");
        assertThat(page.evaluate("() => customElements.get('vaadin-upload') === undefined"))
                .as("the upload page's components come with that page").isEqualTo(true);
        page.evaluate("() => { window.naSameDocument = true; }");

        page.locator(".na-app-nav a[href='articles/add']").click();
        page.waitForFunction("() => { const u = document.querySelector('vaadin-upload');"
                + " return u && customElements.get('vaadin-upload') && u.shadowRoot; }");

        assertThat(page.evaluate("() => window.naSameDocument === true")).as("no page reload").isEqualTo(true);
        assertThat(page.locator(".na-app-nav a[aria-current=page]").allTextContents())
                .containsExactly("+ Add articles");
        assertThat(page.locator(".na-app-nav a[highlight]").count()).isEqualTo(1);
    }

    @Test
    void base_map_files_are_served_as_cacheable_geojson() {
        try (BrowserContext context = browser.newContext(800, 600)) {
            Response response = context.newPage().navigate("http://localhost:" + port + "/basemap/country-borders.geojson");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headerValue("content-type")).startsWith("application/geo+json");
            assertThat(response.headerValue("cache-control")).contains("max-age=");
            assertThat(response.text()).contains("\"FeatureCollection\"", "MultiLineString");
        }
    }
}
