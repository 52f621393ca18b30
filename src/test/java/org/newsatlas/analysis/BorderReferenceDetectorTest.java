package org.newsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsatlas.geodata.Neighbours;
import org.newsatlas.geodata.RegionMembers;

class BorderReferenceDetectorTest {

    private static final Neighbours NEIGHBOURS = new Neighbours(Set.of("CN-RU", "CN-MN", "MN-RU", "AF-TJ", "AF-UZ",
            "AF-TM", "AF-CN", "AF-IR", "AF-PK", "KZ-RU", "TJ-UZ", "KG-TJ", "KG-UZ", "KZ-UZ", "TM-UZ", "KG-KZ",
            "CN-KZ", "CN-KG", "CN-TJ", "IR-TM", "KZ-TM", "BY-RU"));
    private static final RegionMembers REGIONS = new RegionMembers(
            Map.of("curated:central-asia", List.of("KZ", "KG", "TJ", "TM", "UZ")));

    private final BorderReferenceDetector detector = new BorderReferenceDetector(NEIGHBOURS, REGIONS);

    @Test
    void an_associative_pair_before_the_border_word_names_both_sides() {
        String text = "China and Russia will join Belarus and Mongolia for the games. The ministry said PLA "
                + "equipment had crossed the Sino-Russian border at Zabaikalsk station.";
        Text t = new Text(text).country("China", "CN").country("Russia", "RU").country("Belarus", "BY")
                .country("Mongolia", "MN").associative("Sino", "CN").associative("Russian", "RU");
        List<BorderReference> found = t.detect(detector);
        assertThat(found).singleElement().satisfies(b -> {
            assertThat(b.borderId()).isEqualTo("CN-RU");
            assertThat(text.substring(b.cueStart(), b.cueEnd())).isEqualTo("border");
            assertThat(b.rule()).isEqualTo("modifier");
        });
    }

    @Test
    void a_region_side_stands_for_its_member_countries_that_touch_the_other_side() {
        String text = "Beijing backs Russia's efforts to secure the border between Afghanistan and Central Asia.";
        Text t = new Text(text).country("Russia", "RU").country("Afghanistan", "AF")
                .region("Central Asia", "curated:central-asia");
        assertThat(t.detect(detector)).extracting(BorderReference::borderId)
                .containsExactlyInAnyOrder("AF-TJ", "AF-TM", "AF-UZ");
    }

    @Test
    void the_other_side_of_a_border_with_list_is_the_country_the_passage_is_about() {
        String text = "Russia's strategy could be to make amends for its past in Afghanistan. Although Russia has a "
                + "base in Tajikistan, the country has drawn a line on the border with Turkmenistan, Tajikistan and "
                + "Uzbekistan, the limit of what Russia will do. Russia's interest in Afghanistan is stability.";
        Text t = new Text(text).country("Russia", "RU").country("Afghanistan", "AF").country("Tajikistan", "TJ")
                .country("Turkmenistan", "TM").country("Uzbekistan", "UZ");
        assertThat(t.detect(detector)).extracting(BorderReference::borderId)
                .containsExactlyInAnyOrder("AF-TM", "AF-TJ", "AF-UZ")
                .hasSize(3);
    }

    @Test
    void the_subject_comes_from_the_context_when_the_passage_names_no_neighbour() {
        String text = "It has closed the border with Tajikistan.";
        Text t = new Text(text).country("Tajikistan", "TJ");
        List<PlaceMention> context = List.of(new PlaceMention(0, 1, "country:AF", "AF", "country", false),
                new PlaceMention(2, 3, "country:US", "US", "country", false));
        assertThat(detector.detect(text, 0, text.length(), t.mentions, context))
                .extracting(BorderReference::borderId).containsExactly("AF-TJ");
    }

    @Test
    void a_possessive_country_before_border_with_is_the_other_side() {
        String text = "Afghanistan's border with Tajikistan and Iran is long.";
        Text t = new Text(text).country("Afghanistan", "AF").country("Tajikistan", "TJ").country("Iran", "IR");
        assertThat(t.detect(detector)).extracting(BorderReference::borderId).containsExactly("AF-TJ", "AF-IR");
    }

    @Test
    void countries_that_do_not_touch_make_no_border() {
        String text = "Russia's border with Afghanistan is far away; the Russia-Afghanistan border does not exist.";
        Text t = new Text(text).country("Russia", "RU").country("Afghanistan", "AF");
        assertThat(t.detect(detector)).isEmpty();
    }

    @Test
    void neighbours_named_without_a_border_word_make_no_border() {
        String text = "China and Russia held drills, and Tajikistan hosted Afghan refugees.";
        Text t = new Text(text).country("China", "CN").country("Russia", "RU").country("Tajikistan", "TJ")
                .associative("Afghan", "AF");
        assertThat(t.detect(detector)).isEmpty();
    }

    @Test
    void a_sentence_naming_exactly_two_neighbours_and_a_border_word_speaks_of_their_border() {
        String text = "Uzbekistan will defend its borders, detaining fleeing Afghan soldiers. China and Russia watch.";
        Text t = new Text(text).country("Uzbekistan", "UZ").associative("Afghan", "AF")
                .country("China", "CN").country("Russia", "RU");
        assertThat(t.detect(detector)).singleElement().satisfies(b -> {
            assertThat(b.borderId()).isEqualTo("AF-UZ");
            assertThat(b.rule()).isEqualTo("sentence");
        });
    }

    /** A text and its mentions, found by the surface's occurrences (test fixture only). */
    private static final class Text {
        final String text;
        final List<PlaceMention> mentions = new ArrayList<>();

        Text(String text) {
            this.text = text;
        }

        Text country(String surface, String code) {
            return add(surface, "country:" + code, code, "country", false);
        }

        Text associative(String surface, String code) {
            return add(surface, "country:" + code, code, "country", true);
        }

        Text region(String surface, String placeId) {
            return add(surface, placeId, null, "region", false);
        }

        private Text add(String surface, String placeId, String code, String kind, boolean associative) {
            for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
                boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
                int end = i + surface.length();
                boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
                if (wordStart && wordEnd) {
                    mentions.add(new PlaceMention(i, end, placeId, code, kind, associative));
                }
            }
            return this;
        }

        List<BorderReference> detect(BorderReferenceDetector detector) {
            return detector.detect(text, 0, text.length(), mentions, List.of());
        }
    }
}
