package org.newsatlas.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.filter.Filter;
import org.geotools.data.collection.ListFeatureCollection;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.junit.jupiter.api.Test;

class MonthFiltersTest {

    private static final SimpleFeatureType TYPE = type();

    @Test
    void a_feature_is_in_a_month_when_one_of_its_months_is_that_month() {
        SimpleFeature f = feature(List.of(YearMonth.of(2021, 7), YearMonth.of(2021, 8)));
        assertThat(MonthFilters.filter(MonthWindow.of(YearMonth.of(2021, 8))).evaluate(f)).isTrue();
        assertThat(MonthFilters.filter(MonthWindow.of(YearMonth.of(2021, 9))).evaluate(f)).isFalse();
        assertThat(MonthFilters.filter(MonthWindow.of(YearMonth.of(2017, 12))).evaluate(f)).isFalse();
    }

    @Test
    void a_gap_between_months_is_not_filled_by_a_range_that_falls_inside_it() {
        SimpleFeature f = feature(List.of(YearMonth.of(2017, 12), YearMonth.of(2021, 8)));
        assertThat(MonthFilters.filter(MonthWindow.between(YearMonth.of(2018, 1), YearMonth.of(2021, 7)))
                .evaluate(f)).isFalse();
        assertThat(MonthFilters.filter(MonthWindow.between(YearMonth.of(2018, 1), YearMonth.of(2021, 8)))
                .evaluate(f)).isTrue();
    }

    @Test
    void open_ended_windows_reach_to_the_first_or_last_month() {
        SimpleFeature f = feature(List.of(YearMonth.of(2017, 12)));
        assertThat(MonthFilters.filter(new MonthWindow(null, YearMonth.of(2018, 1))).evaluate(f)).isTrue();
        assertThat(MonthFilters.filter(new MonthWindow(YearMonth.of(2018, 1), null)).evaluate(f)).isFalse();
    }

    @Test
    void all_time_includes_features_never_mentioned() {
        assertThat(MonthFilters.filter(MonthWindow.ALL_TIME)).isEqualTo(Filter.INCLUDE);
        assertThat(MonthFilters.filter(MonthWindow.of(YearMonth.of(2021, 8))).evaluate(feature(List.of())))
                .isFalse();
    }

    @Test
    void a_feature_collection_filtered_by_month_keeps_only_the_features_of_that_month() {
        ListFeatureCollection collection = new ListFeatureCollection(TYPE);
        collection.add(feature(List.of(YearMonth.of(2021, 7))));
        collection.add(feature(List.of(YearMonth.of(2021, 8))));
        assertThat(collection.subCollection(MonthFilters.filter(MonthWindow.of(YearMonth.of(2021, 8)))).size())
                .isEqualTo(1);
    }

    @Test
    void windows_beyond_the_four_digit_years_keep_nothing_or_reach_every_month() {
        SimpleFeature f = feature(List.of(YearMonth.of(2021, 8)));
        assertThat(MonthFilters.filter(new MonthWindow(YearMonth.of(10000, 1), null)).evaluate(f)).isFalse();
        assertThat(MonthFilters.filter(new MonthWindow(null, YearMonth.of(-1, 12))).evaluate(f)).isFalse();
        assertThat(MonthFilters.filter(MonthWindow.between(YearMonth.of(-5, 1), YearMonth.of(12000, 1))).evaluate(f))
                .isTrue();
    }

    @Test
    void the_filter_function_reads_a_window_written_in_cql_as_its_text_form() throws Exception {
        SimpleFeature f = feature(List.of(YearMonth.of(2021, 8)));
        assertThat(org.geotools.filter.text.ecql.ECQL.toFilter("months_overlap(months, '2021-06..2021-09') = true")
                .evaluate(f)).isTrue();
        assertThat(org.geotools.filter.text.ecql.ECQL.toFilter("months_overlap(months, '..2021-07') = true")
                .evaluate(f)).isFalse();
    }

    @Test
    void months_are_encoded_sorted_and_distinct() {
        assertThat(MonthFilters.encode(List.of(YearMonth.of(2021, 8), YearMonth.of(2017, 12), YearMonth.of(2021, 8))))
                .isEqualTo("2017-12 2021-08");
    }

    @Test
    void a_window_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> MonthWindow.between(YearMonth.of(2021, 9), YearMonth.of(2021, 8)))
                .hasMessageContaining("after it ends");
    }

    private static SimpleFeature feature(List<YearMonth> months) {
        SimpleFeatureBuilder b = new SimpleFeatureBuilder(TYPE);
        b.set(MonthFilters.MONTHS_ATTRIBUTE, MonthFilters.encode(months));
        return b.buildFeature("f");
    }

    private static SimpleFeatureType type() {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName("test");
        b.add(MonthFilters.MONTHS_ATTRIBUTE, String.class);
        return b.buildFeatureType();
    }
}
