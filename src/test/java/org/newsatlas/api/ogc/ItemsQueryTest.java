package org.newsatlas.api.ogc;

import org.newsatlas.api.ApiException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.newsatlas.layer.MonthWindow;

class ItemsQueryTest {

    @Test
    void absent_parameters_mean_geojson_all_time_everywhere_first_page() {
        ItemsQuery query = ItemsQuery.parse(null, null, null, null, null, null);
        assertThat(query.bbox()).isEmpty();
        assertThat(query.datetime()).isEqualTo(MonthWindow.ALL_TIME);
        assertThat(query.page()).isEqualTo(new PageParameters(0, PageParameters.DEFAULT_LIMIT));
        assertThat(query.format()).isEqualTo(ItemsQuery.Format.GEO_JSON);
        assertThat(query.mentioned()).isFalse();
    }

    @Test
    void every_parameter_is_parsed_into_its_type() {
        ItemsQuery query = ItemsQuery.parse("170,30,-170,60", "2021-07-01/2021-08-31", "5", "10", "csv", "true");
        assertThat(query.bbox()).hasSize(2);
        assertThat(query.datetime()).isEqualTo(new MonthWindow(YearMonth.of(2021, 7), YearMonth.of(2021, 8)));
        assertThat(query.page()).isEqualTo(new PageParameters(10, 5));
        assertThat(query.format()).isEqualTo(ItemsQuery.Format.CSV);
        assertThat(query.mentioned()).isTrue();
    }

    @Test
    void with_several_bad_parameters_the_format_is_named_first_then_mentioned() {
        ApiException bad = catchThrowableOfType(ApiException.class,
                () -> ItemsQuery.parse("1,2,3", "yesterday", "0", "x", "xml", "maybe"));
        assertThat(bad.error().description()).contains("'f'", "unknown format");
        ApiException mentioned = catchThrowableOfType(ApiException.class,
                () -> ItemsQuery.parse("1,2,3", "yesterday", "0", "x", "csv", "maybe"));
        assertThat(mentioned.error().description()).contains("'mentioned'", "not true or false");
    }
}
