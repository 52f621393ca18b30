package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The month bar's HTML: a bar per month with a count or a short gap, long gaps folded, one copy for all sessions. */
class MonthBarsHtmlTest {

    private static NavigableMap<YearMonth, Long> counts(Object... monthsAndCounts) {
        NavigableMap<YearMonth, Long> counts = new TreeMap<>();
        for (int i = 0; i < monthsAndCounts.length; i += 2) {
            counts.put(YearMonth.parse((String) monthsAndCounts[i]), ((Number) monthsAndCounts[i + 1]).longValue());
        }
        return counts;
    }

    @Test
    void each_month_gets_a_bar_saying_its_count_and_short_gaps_get_empty_bars() {
        MonthBarsHtml bars = MonthBarsHtml.of(counts("2021-06", 4, "2021-08", 1));
        assertThat(bars.months()).extracting(YearMonth::toString).containsExactly("2021-06", "2021-07", "2021-08");
        assertThat(bars.html()).contains("data-month=\"2021-06\"").contains("aria-label=\"June 2021, 4 passages\"")
                .contains("aria-label=\"July 2021, 0 passages\"").contains("aria-label=\"August 2021, 1 passage\"")
                .contains("style=\"height: 100%;\"").contains("style=\"height: 25%;\"").contains("style=\"height: 0%;\"")
                .doesNotContain("na-month-gap").doesNotContain("aria-pressed");
    }

    @Test
    void a_long_run_of_empty_months_is_one_gap_mark_with_no_bar_to_click() {
        MonthBarsHtml bars = MonthBarsHtml.of(counts("2017-12", 2, "2021-08", 5));
        assertThat(bars.months()).extracting(YearMonth::toString).containsExactly("2017-12", "2021-08");
        assertThat(bars.html()).contains("<div class=\"na-month-gap\" title=\"Jan 2018 – Jul 2021: no passages\"")
                .contains("role=\"img\"");
    }

    @Test
    void sessions_with_the_same_counts_share_one_rendering() {
        MonthBarsHtml first = MonthBarsHtml.of(counts("2020-01", 3));
        MonthBarsHtml second = MonthBarsHtml.of(counts("2020-01", 3));
        assertThat(second).isSameAs(first);
        assertThat(MonthBarsHtml.of(counts("2020-01", 4))).isNotSameAs(first);
    }

    @Test
    void no_counts_no_bars() {
        assertThat(MonthBarsHtml.of(new TreeMap<>()).html()).isEmpty();
    }

    @Test
    void years_get_one_bar_each_and_labels_that_thin_out_so_they_never_overlap() {
        java.util.TreeMap<Integer, Long> few = new java.util.TreeMap<>(java.util.Map.of(2019, 3L, 2021, 1L));
        String html = MonthBarsHtml.years(few);
        assertThat(html).contains("data-year=\"2019\"").contains("aria-label=\"2020, 0 passages\"")
                .contains("aria-label=\"2021, 1 passage\"");
        assertThat(html.split("na-month-bar__label", -1)).hasSize(4); // every year labelled
        java.util.TreeMap<Integer, Long> many = new java.util.TreeMap<>();
        for (int year = 1991; year <= 2020; year++) {
            many.put(year, 1L + year % 3);
        }
        String decades = MonthBarsHtml.years(many);
        assertThat(decades.split("data-year=", -1)).hasSize(31);
        assertThat(decades).contains(">1995</span>").contains(">2020</span>").doesNotContain(">1991</span>")
                .doesNotContain(">1996</span>");
    }

    @Test
    void long_runs_of_years_without_passages_fold_into_one_mark_and_short_ones_keep_their_bars() {
        java.util.TreeMap<Integer, Long> counts = new java.util.TreeMap<>(java.util.Map.of(1912, 1L, 1956, 2L,
                2019, 30L, 2021, 40L));
        String html = MonthBarsHtml.years(counts);
        assertThat(html.split("data-year=", -1)).as("1912, 1956, 2019, 2020 (a short gap), 2021").hasSize(6);
        assertThat(html).contains("aria-label=\"1913 – 1955: no passages\"")
                .contains("aria-label=\"1957 – 2018: no passages\"").contains("aria-label=\"2020, 0 passages\"");
        assertThat(html.split("na-month-bar__label", -1)).as("five bars: every year labelled").hasSize(6);
    }

    @Test
    void a_year_zoomed_into_has_twelve_month_bars_labelled_by_initial() {
        MonthBarsHtml year = MonthBarsHtml.ofYear(counts("2019-03", 2, "2020-01", 5), 2019);
        assertThat(year.months()).hasSize(12).first().hasToString("2019-01");
        assertThat(year.html()).contains("aria-label=\"March 2019, 2 passages\"")
                .contains("aria-label=\"December 2019, 0 passages\"").doesNotContain("2020-01")
                .contains(">M</span>").contains(">D</span>");
    }
}
