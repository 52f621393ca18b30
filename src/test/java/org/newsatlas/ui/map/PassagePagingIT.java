package org.newsatlas.ui.map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsatlas.support.BrowserPages;
import org.newsatlas.support.HttpJson;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A feature's passages a page at a time, in the side panel ("Show more passages") and in the API ({@code limit},
 * {@code offset}, {@code numberMatched}); two passages per page, so the seed corpus has pages to turn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "newsatlas.map.passages-per-page=2")
class PassagePagingIT {

    private static final Path DATA = TempDataDir.create("passage-paging");

    @RegisterExtension
    final BrowserPages browser = new BrowserPages(1280, 800);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    /** The country the seed corpus mentions in the most passages: "countries/CN", with its name. */
    private String[] busiestCountry() throws Exception {
        JsonNode items = new HttpJson(port).get("/ogc/collections/countries/items?limit=1000").body();
        JsonNode busiest = null;
        for (JsonNode feature : items.path("features")) {
            if (busiest == null || feature.path("properties").path("passage_count").asInt()
                    > busiest.path("properties").path("passage_count").asInt()) {
                busiest = feature;
            }
        }
        return new String[] {"countries/" + busiest.path("id").asText(),
                busiest.path("properties").path("name").asText()};
    }

    @Test
    void the_panel_shows_the_total_then_two_passages_at_a_time_until_all_are_shown_in_the_apis_order() throws Exception {
        String[] country = busiestCountry();
        JsonNode all = new HttpJson(port).get("/api/features/" + country[0] + "/passages").body();
        int total = all.path("numberMatched").asInt();
        assertThat(total).isGreaterThan(4);
        List<String> expected = new ArrayList<>();
        all.path("passages").forEach(p -> expected.add(p.path("text").asText().replaceAll("\\s+", " ").strip()));

        Page page = browser.page();
        MapScreenPage screen = new MapScreenPage(page, port);
        screen.open("/?feature=" + country[0]);
        screen.waitForPanel(country[1]);
        Locator passages = page.locator(".na-panel .na-passage");
        assertThat(passages).hasCount(2);
        assertThat(page.locator(".na-panel__summary")).containsText(total + " passages");
        Locator more = page.locator(".na-panel__more");
        assertThat(more).hasText("Show more passages (2 of " + total + " shown)");

        int shown = 2;
        while (shown < total) {
            more.click();
            shown = Math.min(total, shown + 2);
            assertThat(passages).hasCount(shown);
        }
        assertThat(more).hasCount(0);
        List<String> texts = passages.allTextContents().stream().map(t -> t.replaceAll("\\s+", " ").strip()).toList();
        assertThat(texts).isEqualTo(expected);
        assertThat(page.locator(".na-panel .na-article h3").allTextContents())
                .as("an article split over two pages is still one group").doesNotHaveDuplicates();
    }

    @Test
    void the_passage_api_pages_with_limit_and_offset_and_refuses_a_bad_limit() throws Exception {
        HttpJson http = new HttpJson(port);
        String feature = busiestCountry()[0];
        JsonNode all = http.get("/api/features/" + feature + "/passages").body();
        int total = all.path("numberMatched").asInt();

        JsonNode page = http.get("/api/features/" + feature + "/passages?limit=2&offset=1").body();

        assertThat(page.path("numberMatched").asInt()).isEqualTo(total);
        assertThat(page.path("numberReturned").asInt()).isEqualTo(2);
        assertThat(page.path("articles").asInt()).isEqualTo(all.path("articles").asInt()).isPositive();
        assertThat(page.path("passages").get(0).path("passageId")).isEqualTo(all.path("passages").get(1).path("passageId"));
        assertThat(page.path("passages").get(1).path("passageId")).isEqualTo(all.path("passages").get(2).path("passageId"));
        assertThat(http.get("/api/features/" + feature + "/passages?offset=" + total).body().path("passages")).isEmpty();
        assertThat(http.get("/api/features/" + feature + "/passages?limit=0").status()).isEqualTo(400);
    }
}
