package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.Browser;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With a tile URL configured, the map draws XYZ tiles over the offline base map. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapTilesIT {

    private static final Path DATA = TempDataDir.create("map-tiles");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
        registry.add("newsatlas.seed.enabled", () -> "false");
        registry.add("newsatlas.map.tile-url", () -> "/test-tiles/{z}/{x}/{y}.png");
        registry.add("newsatlas.map.tile-attribution", () -> "Test tiles");
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
