package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
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
