package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsatlas.geoparse.SaneDates;
import org.newsatlas.layer.MonthWindow;
import org.newsatlas.support.RandomText;
import org.newsatlas.support.RandomTries;

/** The map link's month and feature text, generated: a window within {@link SaneDates}, or a sentence saying why not. */
class MapLinkPropertiesTest {

    @Test
    void a_month_text_is_a_sane_window_or_a_sentence_saying_why_not() {
        RandomTries.forAll(1000, MapLinkPropertiesTest::monthText, value -> {
            MonthWindow window;
            try {
                window = MapLink.window(value);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).startsWith("The ").endsWith(".").doesNotContain("Exception");
                return;
            }
            if (!window.isAllTime()) {
                assertThat(SaneDates.contains(window.from())).isTrue();
                assertThat(SaneDates.contains(window.to())).isTrue();
                assertThat(window.from()).isBeforeOrEqualTo(window.to());
                assertThat(MapLink.window(window.format())).isEqualTo(window);
            }
        });
    }

    @Test
    void any_link_gives_a_state_that_survives_its_own_url_and_a_problem_for_each_bad_part() {
        RandomTries.forAll(500, r -> new String[] {monthText(r), featureText(r)}, input -> {
            String month = input[0];
            MapLink link = MapLink.parse(new QueryParameters(Map.of("month", List.of(month), "feature",
                    List.of(input[1]))));
            MapState state = link.state();
            assertThat(MapState.from(QueryParameters.fromString(state.toQueryString()))).isEqualTo(state);
            assertThat(link.problems()).allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("\n", "\0"));
            boolean monthShown = month.isBlank() || !state.window().isAllTime();
            assertThat(link.problems()).hasSize((monthShown ? 0 : 1) + (state.feature() != null ? 0 : 1));
        });
    }

    private static String monthText(Random r) {
        return switch (r.nextInt(5)) {
            case 0, 1 -> month(r);
            case 2 -> month(r) + ".." + month(r);
            case 3 -> RandomText.nearMiss(r, "0123456789-+.", 30);
            default -> RandomText.any(r, 60);
        };
    }

    private static String month(Random r) {
        int year = r.nextInt(12_003) - 2;
        return (year > 9999 ? "+" : "") + "%04d-%02d".formatted(year, r.nextInt(14));
    }

    private static String featureText(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> List.of("capitals/gn:1221874", "places/x", "/", "a/", "<script>/x", "").get(r.nextInt(6));
            case 1 -> RandomText.nearMiss(r, "abc_/:.-09", 30);
            default -> RandomText.any(r, 100);
        };
    }
}
