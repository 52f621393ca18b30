package org.newsatlas.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsatlas.layer.LayerFixture.city;
import static org.newsatlas.layer.LayerFixture.country;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsatlas.support.TempDataDir;
import org.newsatlas.article.LinkTallies;
import org.newsatlas.article.PassageLinker;
import org.newsatlas.store.RowIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The counts behind the layers come from the database for the window asked: a passage tagged with two months of a
 * range counts once, mentions add up, the histogram counts each passage once a month, and a stored article is
 * counted at once (nothing is rebuilt).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayerCountsIT {

    private static final Path DATA = TempDataDir.create("layer-counts");
    private static final YearMonth MARCH_2019 = YearMonth.of(2019, 3);
    private static final YearMonth JULY = YearMonth.of(2021, 7);
    private static final YearMonth AUGUST = YearMonth.of(2021, 8);
    private static final MonthWindow SUMMER = MonthWindow.between(JULY, AUGUST);
    private static final String TEXT = "Drills\nChina and Chinese troops trained.\nChina sent units to Qingtongxia.\n"
            + "Russia watched.\n";

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
    @Autowired
    LayerService layers;

    private LayerFixture fixture;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("newsatlas.data-dir", DATA::toString);
        registry.add("newsatlas.seed.enabled", () -> "false");
    }

    @BeforeAll
    void corpus() {
        fixture = new LayerFixture(jdbc, linker, ids, transactions, tallies);
        LocalDate day = LocalDate.of(2021, 7, 29);
        long a = fixture.article("Drills", "Wire", day, TEXT);
        fixture.passage(a, TEXT, "China and Chinese troops trained.", 1, day, List.of(JULY, AUGUST),
                country("China", "CN", false), country("Chinese", "CN", true));
        fixture.passage(a, TEXT, "China sent units to Qingtongxia.", 2, day, List.of(AUGUST),
                country("China", "CN", false), city("Qingtongxia", "curated:qingtongxia", "CN", 106.08, 38.02));
        fixture.passage(a, TEXT, "Russia watched.", 3, day, List.of(MARCH_2019), country("Russia", "RU", false));
    }

    @Test
    void a_passage_tagged_with_two_months_of_a_range_counts_once_and_its_mentions_add_up() {
        SimpleFeature china = layers.feature(LayerName.COUNTRIES, "CN", SUMMER).orElseThrow();
        assertThat(china.getAttribute(LayerFeatures.PASSAGE_COUNT)).isEqualTo(2);
        assertThat(china.getAttribute(LayerFeatures.MENTION_COUNT)).isEqualTo(3);
        SimpleFeature july = layers.feature(LayerName.COUNTRIES, "CN", MonthWindow.of(JULY)).orElseThrow();
        assertThat(july.getAttribute(LayerFeatures.PASSAGE_COUNT)).isEqualTo(1);
        assertThat(july.getAttribute(LayerFeatures.MENTION_COUNT)).isEqualTo(2);
    }

    @Test
    void a_window_keeps_only_the_features_a_passage_in_it_mentions() {
        assertThat(ids(layers.mentionedFeatures(LayerName.PLACES, MonthWindow.of(JULY), List.of()))).isEmpty();
        assertThat(ids(layers.mentionedFeatures(LayerName.PLACES, MonthWindow.of(AUGUST), List.of())))
                .containsExactly("curated:qingtongxia");
        assertThat(ids(layers.mentionedFeatures(LayerName.COUNTRIES, new MonthWindow(null, MARCH_2019), List.of())))
                .containsExactly("RU");
        assertThat(layers.feature(LayerName.COUNTRIES, "RU", SUMMER)).as("not on the map in the summer").isEmpty();
    }

    @Test
    void the_histogram_counts_each_passage_once_a_month_over_the_layers_asked_for() {
        assertThat(histogram(List.of())).containsEntry(MARCH_2019, "1/1").containsEntry(JULY, "1/2")
                .containsEntry(AUGUST, "2/4");
        assertThat(histogram(List.of(LayerName.COUNTRIES))).containsEntry(AUGUST, "2/3");
        assertThat(histogram(List.of(LayerName.PLACES))).containsExactly(Map.entry(AUGUST, "1/1"));
        assertThat(histogram(List.of(LayerName.CAPITALS))).isEmpty();
    }

    @Test
    void a_year_counts_a_passage_tagged_with_two_of_its_months_once() {
        assertThat(layers.years(List.of())).contains(new YearCount(2021, 2, 4), new YearCount(2019, 1, 1));
        assertThat(layers.years(List.of(LayerName.COUNTRIES))).contains(new YearCount(2021, 2, 3));
    }

    @Test
    void the_passages_of_a_range_are_paged_with_their_months_and_totals() {
        FeaturePassagePage first = layers.passages(LayerName.COUNTRIES, "CN", SUMMER, 0, 1).orElseThrow();
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.articles()).isEqualTo(1);
        assertThat(first.passages()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("China and Chinese troops trained.");
            assertThat(p.months()).containsExactly(JULY, AUGUST);
            assertThat(p.mentions()).hasSize(2);
        });
        FeaturePassagePage second = layers.passages(LayerName.COUNTRIES, "CN", SUMMER, 1, 1).orElseThrow();
        assertThat(second.passages()).singleElement().extracting(FeaturePassage::text)
                .isEqualTo("China sent units to Qingtongxia.");
        assertThat(second.hasMore()).isFalse();
        assertThat(layers.passages(LayerName.COUNTRIES, "CN", MonthWindow.of(MARCH_2019), 0, 10).orElseThrow()
                .total()).isZero();
    }

    @Test
    void an_article_stored_later_is_counted_at_once_and_a_place_no_passage_links_to_is_not_on_the_map() {
        assertThat(layers.feature(LayerName.COUNTRIES, "MN", MonthWindow.ALL_TIME).orElseThrow()
                .getAttribute(LayerFeatures.PASSAGE_COUNT)).isEqualTo(0);
        String text = "Later\nMongolia hosted Selenga.\n";
        YearMonth january = YearMonth.of(2020, 1);
        LocalDate day = january.atDay(2);
        long b = fixture.article("Later", "Wire", day, text);
        fixture.passage(b, text, "Mongolia hosted Selenga.", 1, day, List.of(january), country("Mongolia", "MN", false));
        assertThat(layers.feature(LayerName.COUNTRIES, "MN", MonthWindow.of(january)).orElseThrow()
                .getAttribute(LayerFeatures.PASSAGE_COUNT)).isEqualTo(1);

        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status ->
                jdbc.sql("INSERT INTO place (id, gazetteer_id, name, kind, country_code, geom) VALUES (?, ?, ?, ?, ?, CAST(? AS GEOMETRY))")
                        .params(ids.next("place"), "gn:999999", "Orphan", "city", "MN", "SRID=4326;POINT(100 47)")
                        .update());
        assertThat(layers.layer(LayerName.PLACES).contains("gn:999999")).isTrue();
        assertThat(ids(layers.features(LayerName.PLACES, MonthWindow.ALL_TIME, List.of())))
                .contains("curated:qingtongxia").doesNotContain("gn:999999");
    }

    private static List<String> ids(List<SimpleFeature> features) {
        return features.stream().map(SimpleFeature::getID).toList();
    }

    private Map<YearMonth, String> histogram(List<LayerName> names) {
        return layers.months(names).stream().collect(Collectors.toMap(MonthCount::month,
                m -> m.passages() + "/" + m.mentions(), (x, y) -> x, java.util.TreeMap::new));
    }
}
