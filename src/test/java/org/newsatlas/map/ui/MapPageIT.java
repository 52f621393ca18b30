package org.newsatlas.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.Browser;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The map page in headless Chromium, as a person opening the app sees it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapPageIT {

    private static final Path DATA = TempDataDir.create("map-page");
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
    void the_map_page_draws_the_offline_base_map_with_no_tile_server() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            List<String> externalRequests = new ArrayList<>();
            page.onRequest(request -> {
                if (!request.url().startsWith("http://localhost:" + port) && !request.url().startsWith("data:")) {
                    externalRequests.add(request.url());
                }
            });
            page.navigate("http://localhost:" + port + "/");
            page.waitForSelector("na-place-map[data-ready=true]",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));

            assertThat(page.locator("path.na-base-land").count()).isGreaterThanOrEqualTo(1);
            // country borders come as one multi-line, clipped to the view: count the border lines drawn
            String borders = page.locator("path.na-base-outline").first().getAttribute("d");
            assertThat(borders.split("M").length).isGreaterThan(50);
            assertThat(page.locator("path.na-base-river").count()).isGreaterThan(10);
            assertThat(page.locator("path.na-base-lake").count()).isGreaterThan(5);
            assertThat(page.locator("na-place-map").getAttribute("data-error")).isNull();
            assertThat(page.locator(".leaflet-tile").count()).isZero();
            assertThat(externalRequests).isEmpty();
            assertThat(page.locator("h1").textContent()).isEqualTo("News Atlas");
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.screenshotPath("map-page")));
        }
    }

    @Test
    void the_view_opens_on_central_asia_and_china() {
        try (BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            page.waitForSelector("na-place-map[data-ready=true]",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            // Leaflet exposes no global map; read the view from the element's map instance
            Object view = page.evaluate("() => { const m = document.querySelector('na-place-map')._map;"
                    + " const b = m.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }");
            @SuppressWarnings("unchecked")
            List<Number> bounds = (List<Number>) view;
            // Kabul (69.2 E, 34.5 N) and Beijing (116.4 E, 39.9 N) are both in view
            assertThat(bounds.get(0).doubleValue()).isLessThan(69.2);
            assertThat(bounds.get(2).doubleValue()).isGreaterThan(116.4);
            assertThat(bounds.get(1).doubleValue()).isLessThan(34.5);
            assertThat(bounds.get(3).doubleValue()).isGreaterThan(39.9);
        }
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
