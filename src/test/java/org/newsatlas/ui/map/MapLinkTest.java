package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.newsatlas.article.PlacePoint;
import org.newsatlas.layer.MonthWindow;

/** Links the map screen cannot show: each falls back to a sane view with one sentence saying why. */
class MapLinkTest {

    private static MapLink link(String query) {
        return MapLink.parse(QueryParameters.fromString(query));
    }

    @Test
    void a_month_in_year_999_is_outside_the_years_the_map_shows_and_falls_back_to_all_time() {
        MapLink link = link("month=0999-05");
        assertThat(link.state()).isEqualTo(MapState.DEFAULT);
        assertThat(link.problems()).containsExactly("The map shows months from January 1800 to December 2200; the "
                + "link's \"0999-05\" is outside. Showing all time instead.");
    }

    @Test
    void a_five_digit_year_is_outside_too_not_an_error() {
        assertThat(link("month=%2B10000-01").problems()).singleElement().asString()
                .contains("\"+10000-01\" is outside");
        assertThat(link("month=10000-01").state().window().isAllTime()).isTrue();
    }

    @Test
    void month_13_and_garbage_are_not_months() {
        assertThat(link("month=2021-13").problems()).singleElement().asString()
                .startsWith("The link's month \"2021-13\" is not a month like 2021-08");
        assertThat(link("month=August").problems()).singleElement().asString().contains("\"August\" is not a month");
        assertThat(link("month=2021-08..").problems()).hasSize(1);
    }

    @Test
    void a_reversed_range_ends_before_it_starts() {
        MapLink link = link("month=2021-08..2020-01");
        assertThat(link.state().window()).isEqualTo(MonthWindow.ALL_TIME);
        assertThat(link.problems()).containsExactly(
                "The link's range \"2021-08..2020-01\" ends before it starts. Showing all time instead.");
    }

    @Test
    void a_malformed_feature_is_named_and_a_good_month_is_kept() {
        MapLink link = link("month=2021-08&feature=%3Cscript%3E/x");
        assertThat(link.state().window()).isEqualTo(MonthWindow.of(YearMonth.of(2021, 8)));
        assertThat(link.state().feature()).isNull();
        assertThat(link.problems()).containsExactly(
                "The link's feature \"<script>/x\" is not a feature like capitals/gn:1221874.");
    }

    @Test
    void the_years_1800_and_2200_are_shown_and_an_empty_month_is_all_time_without_a_word() {
        assertThat(link("month=1800-01..2200-12").problems()).isEmpty();
        assertThat(link("month=").problems()).isEmpty();
        assertThat(link("month=").state()).isEqualTo(MapState.DEFAULT);
    }

    @Test
    void control_characters_and_long_text_are_not_echoed_as_they_are() {
        String problem = link("month=" + "x".repeat(500) + "%00").problems().get(0);
        assertThat(problem).doesNotContain("\0").contains("…").hasSizeLessThan(200);
    }

    @Test
    void a_box_is_fitted_once_and_is_not_part_of_the_state_the_address_keeps() {
        MapLink link = link("bbox=-97.5,29.25,-80,42&month=2009-03");
        assertThat(link.problems()).isEmpty();
        assertThat(link.fit()).isEqualTo(new Envelope(-97.5, -80, 29.25, 42));
        assertThat(link.state().toQueryString()).isEqualTo("month=2009-03");
    }

    @Test
    void a_box_inside_out_outside_the_world_or_not_four_numbers_is_named_and_the_map_fits_its_data() {
        for (String box : List.of("-80,29,-97,42", "10,50,20,40", "-190,0,10,10", "0,-91,10,10", "1,2,3",
                "1,2,3,4,5", "0x1,2,3,4", "NaN,1,2,3", "1e2,0,170,10")) {
            MapLink link = link("bbox=" + box);
            assertThat(link.fit()).as(box).isNull();
            assertThat(link.problems()).as(box).singleElement().asString()
                    .startsWith("The link's map box").contains("west,south,east,north");
        }
    }

    @Test
    void a_centre_and_zoom_win_over_a_box() {
        MapLink link = link("at=38.02,106.08,6&bbox=-97,29,-80,42");
        assertThat(link.fit()).isNull();
        assertThat(link.problems()).isEmpty();
    }

    @Test
    void the_link_fitting_places_holds_their_box_and_the_map_reads_it_back() {
        List<PlacePoint> places = List.of(new PlacePoint("gn:1", "city", -92.4451, 31.3113, 3),
                new PlacePoint("gn:2", "city", -90.0715, 29.9547, 2), new PlacePoint("gn:US", "country", -98.5, 39.8, 9));
        QueryParameters query = MapLink.fitting(places).orElseThrow();
        Envelope box = MapLink.parse(query).fit();
        assertThat(box.contains(-92.4451, 31.3113)).isTrue();
        assertThat(box.contains(-90.0715, 29.9547)).isTrue();
        assertThat(box.contains(-98.5, 39.8)).as("the country's middle: the cities are finer").isFalse();
        assertThat(MapLink.fitting(List.of())).isEmpty();
    }
}
