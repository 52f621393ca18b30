package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.Browser;
import org.newsatlas.support.HttpJson;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A places layer too big to send whole (here: the seed corpus with the limits set very low) is left out of the
 * window's document and asked for by view: the server's clusters and the rows of single points, each cluster a
 * button that zooms to its members, a linked place drawn and selected wherever it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlacesByViewIT {

    private static final Path DATA = TempDataDir.create("places-by-view");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
        registry.add("newsatlas.map.points-by-view-above", () -> "3");
        registry.add("newsatlas.map.view-rows-up-to", () -> "4");
    }

    @Test
    void the_places_are_not_in_the_windows_document_but_answered_by_view() throws Exception {
        HttpJson http = new HttpJson(port);
        JsonNode document = http.get("/api/map-features?window=").body();
        assertThat(document.path("places").size()).isZero();
        assertThat(document.path("countries").size()).isPositive(); // polygons are still rows

        JsonNode world = http.get("/api/map-features/view?layer=places&window=&bbox=-180,-90,180,90&zoom=1").body();
        int total = world.path("total").asInt();
        assertThat(total).isGreaterThan(4);
        int clustered = 0;
        for (JsonNode cluster : world.path("clusters")) {
            clustered += cluster.path("count").asInt();
            assertThat(cluster.path("names").size()).isBetween(1, 3);
            assertThat(cluster.path("bounds").size()).isEqualTo(4);
        }
        assertThat(world.path("clusters").size()).isPositive();
        assertThat(clustered + world.path("rows").size()).isEqualTo(total);

        HttpJson.Reply bad = http.get("/api/map-features/view?layer=borders&bbox=-180,-90,180,90&zoom=1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("description").asText()).contains("not a layer of points");
        assertThat(http.get("/api/map-features/view?layer=places&bbox=10,0,5,20&zoom=1").body()
                .path("description").asText()).contains("west must be below east");
        assertThat(http.get("/api/map-features/view?layer=places&bbox=0,0,5,20&zoom=40").status()).isEqualTo(400);
    }

    @Test
    void the_map_draws_the_servers_clusters_as_buttons_and_enter_zooms_to_the_members() {
        try (Browser browser = new Browser(); BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            new MapScreenPage(page, port).open("/?at=30,60,3");
            Locator cluster = page.locator("[data-cluster=places]").first();
            cluster.waitFor();
            assertThat(cluster.getAttribute("aria-label")).matches("\\d+ places: .+");
            Map<?, ?> drawn = byView(page);
            assertThat(((Number) drawn.get("clustered")).intValue() + ((Number) drawn.get("rows")).intValue())
                    .isEqualTo(((Number) drawn.get("total")).intValue());
            assertThat(((Number) drawn.get("clusters")).intValue()).isPositive();

            double zoom = zoom(page);
            cluster.focus();
            page.keyboard().press("Enter");
            page.waitForCondition(() -> zoom(page) > zoom);
            // the focus goes to what the next view draws of the layer: a cluster or a place
            page.waitForFunction("() => { const a = document.activeElement; return a && (a.dataset.cluster === "
                    + "'places' || (a.dataset.feature || '').startsWith('places/')); }");
        }
    }

    @Test
    void a_link_to_a_place_draws_it_selected_though_the_view_clusters_its_neighbours() throws Exception {
        JsonNode items = new HttpJson(port).get("/ogc/collections/places/items?limit=1").body();
        String id = HttpJson.ids(items).get(0);
        try (Browser browser = new Browser(); BrowserContext context = browser.newContext(1280, 800)) {
            Page page = context.newPage();
            MapScreenPage screen = new MapScreenPage(page, port).open("/?feature=places/" + id);
            Locator marker = screen.feature("places/" + id);
            page.waitForCondition(() -> marker.getAttribute("class").contains("na-selected"));
            assertThat(screen.url()).contains("feature=places/" + id);
            assertThat(page.locator(".na-panel h2").textContent())
                    .isEqualTo(HttpJson.feature(items, id).path("properties").path("name").asText());
        }
    }

    private static double zoom(Page page) {
        return ((Number) ((Map<?, ?>) page.evaluate("() => document.querySelector('na-place-map').testView()"))
                .get("zoom")).doubleValue();
    }

    private static Map<?, ?> byView(Page page) {
        page.waitForFunction("() => { const v = document.querySelector('na-place-map').testView(); "
                + "return v && v.byView && v.byView.places; }");
        return (Map<?, ?>) page.evaluate("() => document.querySelector('na-place-map').testView().byView.places");
    }
}
