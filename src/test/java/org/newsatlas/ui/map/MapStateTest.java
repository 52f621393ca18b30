package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsatlas.layer.MonthWindow;

class MapStateTest {

    @Test
    void a_month_and_a_feature_survive_the_round_trip_through_the_url() {
        MapState state = new MapState(MonthWindow.of(YearMonth.of(2021, 8)), new FeatureRef("capitals", "gn:1221874"));
        assertThat(state.toQueryString()).isEqualTo("month=2021-08&feature=capitals/gn:1221874");
        assertThat(MapState.from(QueryParameters.fromString(state.toQueryString()))).isEqualTo(state);
    }

    @Test
    void the_map_view_the_layers_switched_on_and_the_tab_survive_the_round_trip_through_the_url() {
        MapState state = new MapState(MonthWindow.of(YearMonth.of(2021, 8)), new FeatureRef("capitals", "gn:1221874"))
                .withViewport(new MapViewport(37.51234, 69.0, 6)).withHidden(Set.of("countries", "places"))
                .withTab(MapState.Tab.LIST);
        assertThat(state.toQueryString()).isEqualTo("month=2021-08&feature=capitals/gn:1221874&at=37.5123,69,6"
                + "&layers=exercise_sites,capitals,borders&tab=list");
        assertThat(MapState.from(QueryParameters.fromString(state.toQueryString()))).isEqualTo(state);
        assertThat(state.withFeature(new FeatureRef("borders", "CN-RU")).tab()).isEqualTo(MapState.Tab.PASSAGES);
    }

    @Test
    void hiding_low_confidence_places_survives_the_round_trip_and_every_other_change_of_the_state() {
        MapState state = MapState.DEFAULT.withHideLowConfidence(true);
        assertThat(state.toQueryString()).isEqualTo("lowconfidence=hide");
        assertThat(MapState.from(QueryParameters.fromString(state.toQueryString()))).isEqualTo(state);
        MapState changed = state.withWindow(MonthWindow.of(YearMonth.of(2021, 8)))
                .withFeature(new FeatureRef("places", "gn:1")).withViewport(new MapViewport(1, 2, 3))
                .withHidden(Set.of("borders")).withTab(MapState.Tab.LIST);
        assertThat(changed.hideLowConfidence()).isTrue();
        assertThat(MapState.from(QueryParameters.fromString("lowconfidence=show")).hideLowConfidence()).isFalse();

        MapLink odd = MapLink.parse(QueryParameters.fromString("lowconfidence=maybe"));
        assertThat(odd.state().hideLowConfidence()).isFalse();
        assertThat(odd.problems()).containsExactly("The link's lowconfidence=\"maybe\" is neither hide nor show:"
                + " low-confidence places are shown, marked.");
    }

    @Test
    void every_layer_switched_off_is_an_empty_list_and_unknown_layers_a_bad_view_or_tab_are_said_and_left_out() {
        MapState none = MapState.DEFAULT.withHidden(Set.of("exercise_sites", "capitals", "borders", "countries",
                "places"));
        assertThat(none.toQueryString()).isEqualTo("layers=");
        assertThat(MapState.from(QueryParameters.fromString("layers="))).isEqualTo(none);

        MapLink link = MapLink.parse(QueryParameters.fromString("at=95,10,4&layers=capitals,rivers&tab=chart"));
        assertThat(link.state().viewport()).isNull();
        assertThat(link.state().hidden()).containsExactlyInAnyOrder("exercise_sites", "borders", "countries", "places");
        assertThat(link.state().tab()).isEqualTo(MapState.Tab.PASSAGES);
        assertThat(link.problems()).containsExactly(
                "The link's map view \"95,10,4\" is not a centre and zoom like 38.02,106.08,6 (zoom 2 to 12).",
                "The map has no layer \"rivers\".");
    }

    @Test
    void a_viewport_wraps_longitudes_and_refuses_what_is_not_a_view() {
        assertThat(new MapViewport(10, 190, 3).lng()).isEqualTo(-170.0);
        assertThat(new MapViewport(10, -180, 3).format()).isEqualTo("10,-180,3");
        assertThat(MapViewport.parse("1e400,2,3")).isEmpty();
        assertThat(MapViewport.parse("10,20,30")).isEmpty();
        assertThat(MapViewport.parse("10,20")).isEmpty();
        assertThat(MapViewport.of(Double.NaN, 0, 4)).isEmpty();
        assertThat(MapViewport.of(-33.86781, 151.20732, 5.4)).contains(new MapViewport(-33.8678, 151.2073, 5));
    }

    @Test
    void a_range_is_written_with_two_dots() {
        MapState state = MapState.DEFAULT.withWindow(MonthWindow.between(YearMonth.of(2021, 6), YearMonth.of(2021, 9)));
        assertThat(state.toQueryString()).isEqualTo("month=2021-06..2021-09");
        assertThat(MapState.from(QueryParameters.fromString("month=2021-06..2021-09")).window())
                .isEqualTo(state.window());
    }

    @Test
    void unreadable_values_fall_back_to_all_time_and_no_selection() {
        MapState state = MapState.from(QueryParameters.fromString("month=August&feature=<script>/x"));
        assertThat(state).isEqualTo(MapState.DEFAULT);
        assertThat(MapState.from(QueryParameters.fromString("month=2021-09..2021-06")).window().isAllTime()).isTrue();
        assertThat(MapState.DEFAULT.toQueryString()).isEmpty();
    }
}
