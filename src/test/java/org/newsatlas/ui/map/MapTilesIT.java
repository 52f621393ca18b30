package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.newsatlas.support.Browser;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An empty corpus with a tile URL configured: the map draws XYZ tiles over the offline base map, at the configured view. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapTilesIT {

    private static final Path DATA = TempDataDir.create("map-tiles");

    @LocalServerPort
    int port;
    @Autowired
    MapProperties properties;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
        registry.add("newsatlas.seed.enabled", () -> "false");
        registry.add("newsatlas.map.tile-url", () -> "/test-tiles/{z}/{x}/{y}.png");
        registry.add("newsatlas.map.tile-attribution", () -> "Test tiles");
    }

    @Test
    void with_no_article_the_first_view_is_the_configured_one() {
        try (Browser browser = new Browser(); BrowserContext context = browser.newContext(1024, 700)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            page.waitForSelector("na-place-map[data-ready=true]",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            Envelope configured = properties.initialEnvelope();
            Map<?, ?> view = (Map<?, ?>) page.evaluate("() => document.querySelector('na-place-map').testView()");
            assertThat(number(view, "west")).isLessThanOrEqualTo(configured.getMinX());
            assertThat(number(view, "east")).isGreaterThanOrEqualTo(configured.getMaxX());
            assertThat(number(view, "south")).isLessThanOrEqualTo(configured.getMinY());
            assertThat(number(view, "north")).isGreaterThanOrEqualTo(configured.getMaxY());
            assertThat(number(view, "east") - number(view, "west")).isLessThan(2 * configured.getWidth());
        }
    }

    private static double number(Map<?, ?> view, String key) {
        return ((Number) view.get(key)).doubleValue();
    }

    @Test
    void a_configured_tile_url_is_requested_for_the_tiles_in_view() {
        try (Browser browser = new Browser(); BrowserContext context = browser.newContext(1024, 700)) {
            Page page = context.newPage();
            List<String> tiles = new CopyOnWriteArrayList<>();
            page.onRequest(r -> {
                if (r.url().contains("/test-tiles/")) {
                    tiles.add(r.url());
                }
            });
            page.navigate("http://localhost:" + port + "/");
            page.waitForSelector("na-place-map[data-ready=true]",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            page.waitForCondition(() -> !tiles.isEmpty());
            assertThat(tiles).allMatch(url -> url.matches(".*/test-tiles/\\d+/\\d+/\\d+\\.png"));
            assertThat(page.locator(".leaflet-control-attribution").textContent()).contains("Test tiles");
        }
    }
}
