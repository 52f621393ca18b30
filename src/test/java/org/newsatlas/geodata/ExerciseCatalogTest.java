package org.newsatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.analysis.ExerciseMentionDetector;

/** The curated exercises file as shipped, checked against the seed texts it was curated from. */
class ExerciseCatalogTest {

    private static final List<String> SEED_FILES = List.of("000_ad515e33a9d40185.txt", "001_cdd756e0de2b89f1.txt",
            "002_5cda8d1a246dbead.txt", "003_0d182f54c4d30555.txt", "004_92e9b328a1c97360.txt");
    private static ExerciseCatalog catalog;
    private static CountryShapes countries;

    @BeforeAll
    static void load() throws IOException {
        Geodata geodata = Geodata.fromClasspath();
        countries = CountryShapes.load(geodata);
        catalog = ExerciseCatalog.load(geodata, countries);
    }

    @Test
    void every_exercise_lies_inside_its_host_country() {
        assertThat(catalog.exercises()).isNotEmpty().allSatisfy(e -> assertThat(countries.shape(e.hostCountry()))
                .as(e.id() + " at " + e.site() + " in " + e.hostCountry())
                .hasValueSatisfying(shape -> assertThat(shape.buffer(0.05).covers(e.site())).isTrue()));
        // placed by its host country alone: Russia's point is in Siberia, not on Baffin Island (66.6° N, 75.3° W)
        Exercise vostok = catalog.byId("vostok-2018").orElseThrow();
        assertThat(vostok.siteLocation()).isEqualTo("host_country");
        assertThat(vostok.site().getX()).isBetween(30.0, 180.0);
    }

    @Test
    void the_dataset_covers_every_exercise_the_seed_corpus_describes() {
        assertThat(catalog.exercises()).extracting(Exercise::id).contains("west-interaction-2021",
                "interaction-2017", "army-games-2021", "peace-mission-2021", "ru-tj-uz-drills-afghan-border-2021",
                "vostok-2018", "tsentr-2019", "kavkaz-2020");
        assertThat(catalog.version()).startsWith("1 (");
    }

    @Test
    void every_seed_article_names_west_interaction_2021_by_one_of_its_aliases() throws IOException {
        ExerciseMentionDetector detector = new ExerciseMentionDetector(catalog.exercises());
        for (String file : SEED_FILES) {
            assertThat(detector.detect(seed(file))).as(file)
                    .anySatisfy(m -> assertThat(m.exerciseId()).isEqualTo("west-interaction-2021"));
        }
    }

    @Test
    void an_exercise_without_a_known_site_sits_inside_its_host_country() throws IOException {
        Exercise games = catalog.byId("army-games-2021").orElseThrow();
        assertThat(games.siteLocation()).isEqualTo("host_country");
        assertThat(CountryShapes.load(Geodata.fromClasspath()).shape("RU").orElseThrow().contains(games.site()))
                .isTrue();
    }

    @Test
    void month_precision_dates_span_the_whole_month() {
        Exercise peaceMission = catalog.byId("peace-mission-2021").orElseThrow();
        assertThat(peaceMission.firstDay()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(peaceMission.lastDay()).isEqualTo(LocalDate.of(2021, 9, 30));
        Exercise westInteraction = catalog.byId("west-interaction-2021").orElseThrow();
        assertThat(westInteraction.site().getY()).isEqualTo(38.02);
        assertThat(westInteraction.site().getX()).isEqualTo(106.08);
    }

    private static String seed(String file) throws IOException {
        try (InputStream in = ExerciseCatalogTest.class.getClassLoader()
                .getResourceAsStream("geodata/articles/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
