package org.newsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.newsatlas.geodata.Exercise;

class ExerciseMentionDetectorTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final ExerciseMentionDetector detector = new ExerciseMentionDetector(List.of(
            exercise("west-interaction-2021", "West/Interaction-2021", null, "2021-08-09", "2021-08-13",
                    "Zapad/Interaction 2021", "Joint Western Exercises 2021"),
            exercise("peace-mission-2021", "Peace Mission 2021", "Peace Mission", "2021-09", "2021-09"),
            exercise("peace-mission-2018", "Peace Mission 2018", "Peace Mission", "2018-08", "2018-08"),
            exercise("army-games-2021", "International Army Games 2021", "International Army Games",
                    "2021-08-22", "2021-09-04")));

    @Test
    void every_spelling_variant_of_an_alias_resolves_to_the_curated_exercise() {
        for (String spelling : List.of("West-Interaction 2021", "West/Interaction-2021", "West/Interaction 2021",
                "Zapad/ Interaction 2021", "zapad/interaction-2021", "WEST INTERACTION-2021",
                "Joint Western Exercises 2021")) {
            String text = "Troops joined the " + spelling + " drills in Ningxia.";
            List<ExerciseMention> found = detector.detect(text);
            assertThat(found).as(spelling).singleElement().satisfies(m -> {
                assertThat(m.exerciseId()).isEqualTo("west-interaction-2021");
                assertThat(m.surface()).isEqualTo(spelling);
                assertThat(text.substring(m.start(), m.end())).isEqualTo(spelling);
            });
        }
    }

    /**
     * Each name is looked for only in passages holding its first word, compared as the case-insensitive patterns
     * compare: a dotless or dotted Turkish i, a long s or a Kelvin sign still match their ASCII letters.
     */
    @Test
    void a_name_whose_first_word_has_letters_that_fold_to_ascii_is_still_found() {
        for (String spelling : List.of("\u0131nternational Army Games 2021", "\u0130NTERNATIONAL ARMY GAMES 2021",
                "International Army Games 2021")) {
            String text = "Crews competed in the " + spelling + " near Moscow.";
            assertThat(detector.detect(text)).as(spelling).singleElement()
                    .satisfies(m -> assertThat(m.exerciseId()).isEqualTo("army-games-2021"));
        }
        assertThat(detector.detect("Farmers along the river said their fields had half the usual water.")).isEmpty();
        assertThat(ExerciseMentionDetector.fold("\u212A\u017F\u0130\u0131", 0, 4)).isEqualTo("ksii");
    }

    @Test
    void zapad_2021_is_an_unplaced_exercise_and_not_west_interaction() {
        List<ExerciseMention> found = detector.detect("Belarus will host Zapad-2021 next month.");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.surface()).isEqualTo("Zapad-2021");
            assertThat(m.exerciseId()).isNull();
            assertThat(m.nameKey()).isEqualTo("zapad 2021");
            assertThat(m.rule()).isEqualTo("name_year");
        });
    }

    @Test
    void vostok_2022_before_an_exercise_word_is_recognised_before_the_dataset_has_it() {
        List<ExerciseMention> found = detector.detect("China sent troops to the Vostok 2022 strategic exercises.");
        assertThat(found).extracting(ExerciseMention::surface).containsExactly("Vostok 2022");
        assertThat(found.get(0).isPlaced()).isFalse();
    }

    @Test
    void a_name_after_code_named_is_an_exercise() {
        assertThat(detector.detect("the drills, code-named Northern Shield 2023, began"))
                .extracting(ExerciseMention::surface).containsExactly("Northern Shield 2023");
    }

    @Test
    void ordinary_years_dates_and_numbered_names_are_not_exercises() {
        String text = "In 2021 the 2021 budget grew. Since August 2021, COVID-19 and the G-20 summit dominated; "
                + "Tokyo 2020 Olympics were delayed. During Summer 2021 the Russian Defense Ministry spoke.";
        assertThat(detector.detect(text)).isEmpty();
    }

    @Test
    void demonyms_and_organisations_before_drills_are_not_exercise_names() {
        String text = "the joint Russian Chinese drills and the Central Military District exercises";
        assertThat(detector.detect(text)).isEmpty();
    }

    @Test
    void a_series_name_resolves_to_the_edition_nearest_the_article_date() {
        String text = "The games will be followed by the biennial Peace Mission exercise of the SCO.";
        assertThat(detector.detect(text, 0, text.length(), LocalDate.of(2021, 7, 29)))
                .singleElement().satisfies(m -> {
                    assertThat(m.exerciseId()).isEqualTo("peace-mission-2021");
                    assertThat(m.surface()).isEqualTo("Peace Mission");
                    assertThat(m.rule()).isEqualTo("series");
                });
        assertThat(detector.detect(text, 0, text.length(), LocalDate.of(2018, 7, 1)))
                .extracting(ExerciseMention::exerciseId).containsExactly("peace-mission-2018");
    }

    @Test
    void a_series_name_far_from_any_edition_stays_unplaced() {
        String text = "They held Peace Mission drills.";
        assertThat(detector.detect(text, 0, text.length(), LocalDate.of(2030, 1, 1)))
                .singleElement().satisfies(m -> {
                    assertThat(m.exerciseId()).isNull();
                    assertThat(m.nameKey()).isEqualTo("peace mission");
                });
    }

    @Test
    void a_series_name_that_is_itself_an_event_needs_no_exercise_word() {
        String text = "the annual International Army Games, which will run from August 22";
        assertThat(detector.detect(text, 0, text.length(), LocalDate.of(2021, 7, 29)))
                .extracting(ExerciseMention::exerciseId).containsExactly("army-games-2021");
    }

    @Test
    void a_series_name_with_another_year_is_that_year_s_edition() {
        assertThat(detector.detect("They sent troops to Peace Mission 2013 in Chelyabinsk."))
                .singleElement().satisfies(m -> {
                    assertThat(m.surface()).isEqualTo("Peace Mission 2013");
                    assertThat(m.exerciseId()).isNull();
                });
    }

    @Test
    void offsets_are_into_the_whole_text_when_a_passage_span_is_given() {
        String text = "Headline.\nTroops left for Tsentr-2019 and Kavkaz-2020 drills.";
        int from = text.indexOf('\n') + 1;
        List<ExerciseMention> found = detector.detect(text, from, text.length(), null);
        assertThat(found).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("Tsentr-2019", "Kavkaz-2020");
    }

    private static Exercise exercise(String id, String name, String series, String start, String end,
            String... aliases) {
        return new Exercise(id, name, List.of(aliases), series, start, end, "site", "site", "CN", List.of("CN"),
                GEOMETRY.createPoint(new Coordinate(106, 38)), "{}");
    }
}
