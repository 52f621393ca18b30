package org.newsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.support.HttpJson.feature;
import static org.newsatlas.support.HttpJson.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsatlas.layer.LayerName;
import org.newsatlas.support.HttpJson;
import org.newsatlas.support.RawHttp;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The layers over the seed corpus as the first start imports it: cleaned, geoparsed, dated and linked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedLayersIT {

    private static final Path DATA = TempDataDir.create("seed-layers");
    private static final String AUGUST = "datetime=2021-08-01T00:00:00Z/2021-08-31T23:59:59Z";

    @LocalServerPort
    int port;
    private HttpJson http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
    }

    @BeforeEach
    void client() {
        http = new HttpJson(port);
    }

    @Test
    void august_2021_returns_west_interaction_at_qingtongxia_with_passages_from_all_five_articles() throws Exception {
        JsonNode items = http.get("/ogc/collections/exercise_sites/items?" + AUGUST).body();
        JsonNode west = feature(items, "west-interaction-2021");
        assertThat(west.path("geometry").path("coordinates").get(0).asDouble()).isBetween(105.9, 106.3);
        assertThat(west.path("geometry").path("coordinates").get(1).asDouble()).isBetween(37.8, 38.2);
        Set<Long> articles = new HashSet<>();
        http.get("/api/features/exercise_sites/west-interaction-2021/passages?month=2021-08").body().path("passages")
                .forEach(p -> articles.add(p.path("articleId").asLong()));
        assertThat(articles).hasSize(5);
    }

    @Test
    void the_map_features_of_a_month_are_the_ogc_items_some_passage_mentions_then_with_their_counts() throws Exception {
        for (String window : List.of("2021-08", "2017-12", "")) {
            JsonNode document = http.get("/api/map-features?window=" + window).body();
            String datetime = window.isEmpty() ? "" : "&datetime=" + window + "-01/" + java.time.YearMonth.parse(window)
                    .atEndOfMonth();
            int rows = 0;
            for (LayerName layer : LayerName.values()) {
                // passages and (places) the mean confidence of their mentions, as the map rounds it
                Map<String, String> expected = new TreeMap<>();
                http.get("/ogc/collections/" + layer.id() + "/items?limit=10000&mentioned=true" + datetime).body()
                        .path("features").forEach(f -> {
                            JsonNode confidence = f.path("properties").path("mean_confidence");
                            expected.put(f.path("id").asText(), f.path("properties").path("passage_count").asInt()
                                    + (confidence.isNumber() ? " " + Math.round(confidence.asDouble() * 100) / 100.0
                                    : ""));
                        });
                Map<String, String> drawn = new TreeMap<>();
                document.path(layer.id()).forEach(row -> drawn.put(row.get(0).asText(), row.get(2).asInt()
                        + (row.size() > 5 ? " " + row.get(5).asDouble() : "")));
                assertThat(drawn).as(layer.id() + " in '" + window + "'").isEqualTo(expected);
                rows += drawn.size();
            }
            assertThat(rows).as("features on the map in '" + window + "'").isPositive();
        }
        JsonNode august = http.get("/api/map-features?window=2021-08").body();
        JsonNode qingtongxia = null;
        for (JsonNode row : august.path("exercise_sites")) {
            qingtongxia = row.get(0).asText().equals("west-interaction-2021") ? row : qingtongxia;
        }
        assertThat(qingtongxia).isNotNull();
        assertThat(qingtongxia.get(3).asDouble()).isBetween(37.8, 38.2); // latitude, then longitude
        assertThat(qingtongxia.get(4).asDouble()).isBetween(105.9, 106.3);
        JsonNode country = august.path("countries").get(0);
        assertThat(country.get(3).isNull() && country.get(4).isNull()).as("outlines come from the shapes: no point")
                .isTrue();
        assertThat(country.get(5).asDouble()).as("a country's mentions' mean confidence").isBetween(0.01, 1.0);
        assertThat(qingtongxia.size()).as("an exercise states no confidence").isEqualTo(5);
    }

    @Test
    void the_map_features_are_kept_for_good_at_their_version_and_revalidated_without_one() throws Exception {
        RawHttp.Reply fresh = RawHttp.get(port, "/api/map-features?window=2021-08");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.header("Cache-Control")).contains("no-cache").contains("private");
        String etag = fresh.header("ETag");
        assertThat(etag).matches("W/\"[0-9a-f]{20}\"");
        String version = etag.substring(3, etag.length() - 1);
        RawHttp.Reply versioned = RawHttp.get(port, "/api/map-features?window=2021-08&v=" + version);
        assertThat(versioned.header("Cache-Control")).contains("immutable").contains("private")
                .doesNotContain("no-cache");
        assertThat(versioned.body()).isEqualTo(fresh.body());
        assertThat(RawHttp.get(port, "/api/map-features?window=2021-08", "If-None-Match: " + etag).status())
                .isEqualTo(304);
        assertThat(RawHttp.get(port, "/api/map-features?window=2017-12").header("ETag")).isNotEqualTo(etag);
        for (String bad : List.of("2021-13", "0999-05", "2021-09..2021-08", "august")) {
            RawHttp.Reply reply = RawHttp.get(port, "/api/map-features?window=" + bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.json().path("description").asText()).as(bad).contains("'window'");
        }
    }

    @Test
    void december_2017_returns_interaction_2017_and_not_west_interaction() throws Exception {
        assertThat(ids(http.get("/ogc/collections/exercise_sites/items?datetime=2017-12-01/2017-12-31").body()))
                .contains("interaction-2017").doesNotContain("west-interaction-2021");
    }

    @Test
    void interaction_2017_in_december_2017_has_the_photo_caption_that_dates_it() throws Exception {
        JsonNode passages = http.get("/api/features/exercise_sites/interaction-2017/passages?month=2017-12").body()
                .path("passages");
        assertThat(passages.toString()).contains("December 4, 2017");
        JsonNode caption = null;
        for (JsonNode passage : passages) {
            if (passage.path("text").asText().contains("on December 4, 2017")) {
                caption = passage;
            }
        }
        assertThat(caption).isNotNull();
        assertThat(caption.path("months").toString()).isEqualTo("[\"2017-12\"]");
        assertThat(caption.path("precisions").toString()).isEqualTo("[\"day\"]");
    }

    @Test
    void september_2021_returns_peace_mission_and_the_army_games() throws Exception {
        assertThat(ids(http.get("/ogc/collections/exercise_sites/items?datetime=2021-09-15").body()))
                .contains("peace-mission-2021", "army-games-2021");
    }

    @Test
    void the_china_russia_border_has_the_zabaikalsk_passage() throws Exception {
        assertThat(http.get("/api/features/borders/CN-RU/passages").body().path("passages").toString())
                .contains("Zabaikalsk station");
    }

    @Test
    void dushanbe_the_capital_has_passages_in_july_2021() throws Exception {
        JsonNode passages = http.get("/api/features/capitals/gn:1221874/passages?month=2021-07").body()
                .path("passages");
        assertThat(passages).isNotEmpty();
        assertThat(passages.get(0).path("text").asText()).contains("Dushanbe");
    }

    @Test
    void faizabad_is_the_afghan_city_on_the_map() throws Exception {
        JsonNode places = http.get("/ogc/collections/places/items?limit=1000&mentioned=true").body();
        assertThat(ids(places)).contains("gn:1142170");
        assertThat(feature(places, "gn:1142170").path("properties").path("country_code").asText()).isEqualTo("AF");
    }

    @Test
    void the_teaser_block_places_are_not_on_the_map() throws Exception {
        JsonNode places = http.get("/ogc/collections/places/items?limit=1000&mentioned=true").body();
        // 003's "More in Politics" teasers name Algeria, Tangier and Morocco: boilerplate, never geoparsed
        assertThat(places.toString()).doesNotContain("Tangier");
        JsonNode countries = http.get("/ogc/collections/countries/items?limit=1000&mentioned=true").body();
        assertThat(ids(countries)).contains("AF", "CN", "RU", "TJ", "UZ").doesNotContain("DZ", "MA");
    }
}
