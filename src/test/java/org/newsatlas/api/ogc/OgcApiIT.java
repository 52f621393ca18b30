package org.newsatlas.api.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.layer.LayerFixture.city;
import static org.newsatlas.layer.LayerFixture.country;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsatlas.layer.LayerFixture;
import org.newsatlas.article.LinkTallies;
import org.newsatlas.article.PassageLinker;
import org.newsatlas.store.RowIds;
import org.newsatlas.support.TempDataDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/** OGC API - Features and the passages endpoint over a small fixture corpus written into H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcApiIT {

    private static final Path DATA = TempDataDir.create("ogc-api");
    static final String NEWSWEEK = "China, Russia to train\nChina and Russia will hold the West-Interaction 2021 "
            + "exercise in Qingtongxia in August.\nPLA equipment crossed the Sino-Russian border at Zabaikalsk "
            + "station.\nOfficials met in Dushanbe, the Tajik capital.\n";
    static final String OLD = "Interaction-2017\nThe Interaction-2017 training took place at Qingtongxia.\n";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PassageLinker linker;
    @Autowired
    LinkTallies tallies;
    @Autowired
    RowIds ids;
    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
        registry.add("newsatlas.seed.enabled", () -> "false");
    }

    @BeforeAll
    void corpus() {
        LayerFixture fixture = new LayerFixture(jdbc, linker, ids, transactions, tallies);
        LocalDate july = LocalDate.of(2021, 7, 29);
        long a = fixture.article("China, Russia to train", "Newsweek", july, NEWSWEEK);
        var qingtongxia = city("Qingtongxia", "curated:qingtongxia", "CN", 106.08, 38.02);
        fixture.passage(a, NEWSWEEK, "China and Russia will hold the West-Interaction 2021 exercise in Qingtongxia "
                + "in August.", 1, july, List.of(YearMonth.of(2021, 8)), country("China", "CN", false),
                country("Russia", "RU", false), qingtongxia);
        fixture.passage(a, NEWSWEEK, "PLA equipment crossed the Sino-Russian border at Zabaikalsk station.", 2, july,
                List.of(YearMonth.of(2021, 7)), country("Sino", "CN", true), country("Russian", "RU", true),
                city("Zabaikalsk", "gn:2012780", "RU", 117.32557, 49.6513));
        fixture.passage(a, NEWSWEEK, "Officials met in Dushanbe, the Tajik capital.", 3, july,
                List.of(YearMonth.of(2021, 7)), city("Dushanbe", "gn:1221874", "TJ", 68.77905, 38.53575),
                country("Tajik", "TJ", true));
        LocalDate december = LocalDate.of(2017, 12, 5);
        long b = fixture.article("Interaction-2017", "Xinhua", december, OLD);
        fixture.passage(b, OLD, "The Interaction-2017 training took place at Qingtongxia.", 1, december,
                List.of(YearMonth.of(2017, 12)), qingtongxia);
    }

    @Test
    void the_landing_page_links_what_qgis_looks_for() throws Exception {
        JsonNode landing = get("/ogc").body;
        List<String> rels = new ArrayList<>();
        landing.path("links").forEach(l -> rels.add(l.path("rel").asText()));
        assertThat(rels).contains("self", "service-desc", "conformance", "data");
        assertThat(get("/ogc/conformance").body.path("conformsTo").toString())
                .contains("ogcapi-features-1/1.0/conf/core", "ogcapi-features-1/1.0/conf/geojson");
        assertThat(get("/ogc/api").body.path("paths").has("/collections/{collectionId}/items")).isTrue();
        List<String> ids = new ArrayList<>();
        get("/ogc/collections").body.path("collections").forEach(c -> ids.add(c.path("id").asText()));
        assertThat(ids).containsExactly("exercise_sites", "capitals", "borders", "countries", "places");
    }

    @Test
    void august_2021_shows_west_interaction_and_not_interaction_2017() throws Exception {
        Reply reply = get("/ogc/collections/exercise_sites/items?datetime=2021-08-01T00:00:00Z/2021-08-31T23:59:59Z");
        assertThat(reply.contentType).startsWith("application/geo+json");
        assertThat(ids(reply.body)).contains("west-interaction-2021").doesNotContain("interaction-2017");
        JsonNode wi = feature(reply.body, "west-interaction-2021");
        assertThat(wi.path("properties").path("passage_count").asInt()).isEqualTo(1);
        assertThat(wi.path("geometry").path("coordinates").toString()).isEqualTo("[106.08,38.02]");
        assertThat(ids(get("/ogc/collections/exercise_sites/items?datetime=2017-12-04").body))
                .containsExactly("interaction-2017");
    }

    @Test
    void a_border_is_on_the_map_in_the_month_of_the_passage_that_speaks_of_it() throws Exception {
        JsonNode july = get("/ogc/collections/borders/items?datetime=2021-07-01/2021-07-31").body;
        assertThat(ids(july)).containsExactly("CN-RU");
        assertThat(feature(july, "CN-RU").path("properties").path("mention_count").asInt()).isEqualTo(1);
        assertThat(ids(get("/ogc/collections/borders/items?datetime=2021-08-15T12:00:00Z").body)).isEmpty();
        assertThat(get("/ogc/collections/borders/items/CN-RU").body.path("geometry").path("type").asText())
                .isEqualTo("MultiLineString");
    }

    @Test
    void counts_follow_the_datetime_window() throws Exception {
        String august = "/ogc/collections/places/items?datetime=2021-08-01T00:00:00Z/2021-08-31T23:59:59Z";
        assertThat(feature(get(august).body, "curated:qingtongxia").path("properties").path("mention_count").asInt())
                .isEqualTo(1);
        JsonNode all = get("/ogc/collections/places/items?datetime=../..").body;
        assertThat(feature(all, "curated:qingtongxia").path("properties").path("mention_count").asInt()).isEqualTo(2);
        assertThat(ids(all)).containsExactly("curated:qingtongxia", "gn:2012780");
    }

    @Test
    void pages_follow_next_links_until_every_feature_is_returned() throws Exception {
        JsonNode first = get("/ogc/collections/capitals/items?limit=100").body;
        int matched = first.path("numberMatched").asInt();
        assertThat(matched).isGreaterThan(200);
        assertThat(first.path("numberReturned").asInt()).isEqualTo(100);
        List<String> seen = new ArrayList<>(ids(first));
        JsonNode page = first;
        while (link(page, "next") != null) {
            page = getAbsolute(link(page, "next")).body;
            assertThat(link(page, "prev")).isNotNull();
            seen.addAll(ids(page));
        }
        assertThat(seen).hasSize(matched).doesNotHaveDuplicates();
        assertThat(get("/ogc/collections/capitals/items").body.path("numberReturned").asInt()).isEqualTo(10);
        assertThat(get("/ogc/collections/capitals/items?offset=5000").body.path("numberReturned").asInt()).isZero();
    }

    @Test
    void a_bounding_box_keeps_the_features_inside_it() throws Exception {
        assertThat(ids(get("/ogc/collections/places/items?bbox=100,30,110,45").body))
                .containsExactly("curated:qingtongxia");
        assertThat(ids(get("/ogc/collections/capitals/items?bbox=68,38,69,39&datetime=2021-07-10").body))
                .containsExactly("gn:1221874");
        assertThat(ids(get("/ogc/collections/places/items?bbox=170,30,-170,60").body)).isEmpty();
    }

    @Test
    void unknown_collections_and_features_are_404_with_a_json_error() throws Exception {
        Reply collection = get("/ogc/collections/rivers/items");
        assertThat(collection.status).isEqualTo(404);
        assertThat(collection.body.path("description").asText()).contains("rivers");
        Reply feature = get("/ogc/collections/borders/items/XX-YY");
        assertThat(feature.status).isEqualTo(404);
        assertThat(get("/api/features/capitals/gn:0/passages").status).isEqualTo(404);
    }

    @Test
    void bad_parameters_are_400_naming_the_parameter_and_why() throws Exception {
        assertBad("/ogc/collections/places/items?bbox=1,2,3", "bbox", "4 or 6");
        assertBad("/ogc/collections/places/items?bbox=1,50,3,40", "bbox", "south");
        assertBad("/ogc/collections/places/items?datetime=yesterday", "datetime", "RFC 3339");
        assertBad("/ogc/collections/places/items?datetime=2021-09-01/2021-08-01", "datetime", "starts after");
        assertBad("/ogc/collections/places/items?limit=0", "limit", "at least 1");
        assertBad("/ogc/collections/places/items?offset=x", "offset", "not an integer");
        assertBad("/ogc/collections/places/items?f=xml", "f", "unknown format");
        assertBad("/api/features/borders/CN-RU/passages?month=July", "month", "YYYY-MM");
    }

    @Test
    void population_and_border_length_are_json_numbers_in_items() throws Exception {
        JsonNode dushanbe = get("/ogc/collections/capitals/items/gn:1221874").body.path("properties");
        assertThat(dushanbe.path("population").isIntegralNumber()).as(dushanbe.toString()).isTrue();
        assertThat(dushanbe.path("population").asLong()).isGreaterThan(100_000);
        JsonNode capitals = get("/ogc/collections/capitals/items?limit=100").body;
        assertThat(capitals.path("features")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.path("properties").path("population").isIntegralNumber()).isTrue());
        JsonNode border = feature(get("/ogc/collections/borders/items?limit=10000").body, "CN-RU");
        assertThat(border.path("properties").path("length_km").isNumber()).as(border.toString()).isTrue();
        assertThat(border.path("properties").path("length_km").asDouble()).isGreaterThan(1000);
    }

    @Test
    void csv_export_has_the_same_filters_and_wkt_geometry() throws Exception {
        HttpResponse<String> csv = raw("/ogc/collections/capitals/items?f=csv&datetime=2021-07-01/2021-07-31");
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("id,name,iso_a2,role,population,mention_count,passage_count,mean_confidence,wkt");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("gn:1221874,Dushanbe,TJ,capital,").contains("POINT (68.");
    }

    @Test
    void the_passages_of_a_feature_carry_article_text_months_and_mention_offsets() throws Exception {
        JsonNode body = get("/api/features/borders/CN-RU/passages?month=2021-07").body;
        JsonNode passage = body.path("passages").get(0);
        assertThat(passage.path("title").asText()).isEqualTo("China, Russia to train");
        assertThat(passage.path("outlet").asText()).isEqualTo("Newsweek");
        assertThat(passage.path("published").asText()).isEqualTo("2021-07-29");
        assertThat(passage.path("months").toString()).isEqualTo("[\"2021-07\"]");
        String text = passage.path("text").asText();
        JsonNode span = passage.path("mentions").get(0);
        assertThat(text.substring(span.path("start").asInt(), span.path("end").asInt())).isEqualTo("border");
        assertThat(NEWSWEEK.substring(passage.path("start").asInt(), passage.path("end").asInt())).isEqualTo(text);
        assertThat(get("/api/features/borders/CN-RU/passages?month=2021-08").body.path("passages")).isEmpty();
        JsonNode exercise = get("/api/features/exercise_sites/west-interaction-2021/passages").body.path("passages");
        JsonNode named = exercise.get(0);
        assertThat(named.path("text").asText().substring(named.path("mentions").get(0).path("start").asInt(),
                named.path("mentions").get(0).path("end").asInt())).isEqualTo("West-Interaction 2021");
    }

    @Test
    void the_month_histogram_counts_passages_per_month() throws Exception {
        JsonNode months = get("/api/months?layer=places").body;
        assertThat(months.toString()).contains("{\"month\":\"2017-12\",\"passages\":1,\"mentions\":1}",
                "{\"month\":\"2021-07\",\"passages\":1,\"mentions\":1}");
    }

    private void assertBad(String path, String parameter, String why) throws Exception {
        Reply reply = get(path);
        assertThat(reply.status).as(path).isEqualTo(400);
        assertThat(reply.body.path("description").asText()).as(path).contains("'" + parameter + "'", why);
    }

    private static List<String> ids(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.path("features").forEach(f -> ids.add(f.path("id").asText()));
        return ids;
    }

    private static JsonNode feature(JsonNode collection, String id) {
        for (JsonNode f : collection.path("features")) {
            if (f.path("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + id + " in " + ids(collection));
    }

    private static String link(JsonNode doc, String rel) {
        for (JsonNode l : doc.path("links")) {
            if (l.path("rel").asText().equals(rel)) {
                return l.path("href").asText();
            }
        }
        return null;
    }

    private record Reply(int status, String contentType, JsonNode body) {
    }

    private Reply get(String path) throws Exception {
        return getAbsolute("http://localhost:" + port + path);
    }

    private Reply getAbsolute(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("content-type").orElse(""), json.readTree(r.body()));
    }

    private HttpResponse<String> raw(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
