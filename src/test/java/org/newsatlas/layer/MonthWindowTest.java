package org.newsatlas.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The month window's one text form (format and parse) and its one evaluator ({@link MonthWindow#contains}). */
class MonthWindowTest {

    private static final YearMonth JUNE_2021 = YearMonth.of(2021, 6);
    private static final YearMonth AUGUST_2021 = YearMonth.of(2021, 8);
    private static final YearMonth SEPTEMBER_2021 = YearMonth.of(2021, 9);

    @Test
    void every_kind_of_window_is_written_as_the_map_link_writes_it_and_read_back_the_same() {
        List<MonthWindow> windows = List.of(MonthWindow.ALL_TIME, MonthWindow.of(AUGUST_2021),
                MonthWindow.between(JUNE_2021, SEPTEMBER_2021), new MonthWindow(null, SEPTEMBER_2021),
                new MonthWindow(JUNE_2021, null), MonthWindow.of(YearMonth.of(-44, 3)),
                MonthWindow.of(YearMonth.of(12345, 1)));
        assertThat(windows.stream().map(MonthWindow::format).toList()).containsExactly("", "2021-08",
                "2021-06..2021-09", "..2021-09", "2021-06..", "-0044-03", "12345-01");
        windows.forEach(w -> assertThat(MonthWindow.parse(w.format())).as(w.format()).isEqualTo(w));
    }

    @Test
    void a_range_of_one_month_is_written_as_that_month_and_space_around_months_is_ignored() {
        assertThat(MonthWindow.between(AUGUST_2021, AUGUST_2021).format()).isEqualTo("2021-08");
        assertThat(MonthWindow.parse(" 2021-06 .. 2021-09 ")).isEqualTo(MonthWindow.between(JUNE_2021, SEPTEMBER_2021));
        assertThat(MonthWindow.parse("  ")).isEqualTo(MonthWindow.ALL_TIME);
    }

    @Test
    void to_string_says_all_time_in_words_and_is_the_text_form_otherwise() {
        assertThat(MonthWindow.ALL_TIME).hasToString("all time");
        assertThat(MonthWindow.between(JUNE_2021, SEPTEMBER_2021)).hasToString("2021-06..2021-09");
    }

    @Test
    void text_that_is_not_a_month_says_so_quoting_it() {
        for (String text : List.of("2021-13", "2021-00", "August", "2021-8", "2021-08..2021-09..2021-10", "..",
                "2021/08", "2021-08-05")) {
            assertThatThrownBy(() -> MonthWindow.parse(text)).as(text).isInstanceOf(MonthWindow.BadText.class)
                    .hasMessage("'" + text + "' is not a month like 2021-08 or a range like 2021-06..2021-09")
                    .extracting(e -> ((MonthWindow.BadText) e).problem()).isEqualTo(MonthWindow.Problem.NOT_A_MONTH);
        }
    }

    @Test
    void a_reversed_range_ends_before_it_starts() {
        assertThatThrownBy(() -> MonthWindow.parse("2021-09..2021-06")).isInstanceOf(MonthWindow.BadText.class)
                .hasMessage("'2021-09..2021-06' ends before it starts");
        assertThatThrownBy(() -> MonthWindow.between(SEPTEMBER_2021, JUNE_2021))
                .hasMessageContaining("after it ends");
    }

    @Test
    void a_year_outside_the_allowed_years_is_outside_checked_from_the_first_bound_on() {
        assertThatThrownBy(() -> MonthWindow.parse("0999-05..2021-13", y -> y >= 1800, true))
                .extracting(e -> ((MonthWindow.BadText) e).problem()).isEqualTo(MonthWindow.Problem.OUTSIDE);
        assertThatThrownBy(() -> MonthWindow.parse("2021-13..0999-05", y -> y >= 1800, true))
                .extracting(e -> ((MonthWindow.BadText) e).problem()).isEqualTo(MonthWindow.Problem.NOT_A_MONTH);
        assertThatThrownBy(() -> MonthWindow.parse("+100000000000-01"))
                .extracting(e -> ((MonthWindow.BadText) e).problem()).isEqualTo(MonthWindow.Problem.OUTSIDE);
    }

    @Test
    void open_ends_are_refused_where_a_closed_window_is_needed() {
        assertThat(MonthWindow.parse("..2021-09", y -> true, true)).isEqualTo(new MonthWindow(null, SEPTEMBER_2021));
        assertThatThrownBy(() -> MonthWindow.parse("..2021-09", y -> true, false))
                .extracting(e -> ((MonthWindow.BadText) e).problem()).isEqualTo(MonthWindow.Problem.NOT_A_MONTH);
        assertThatThrownBy(() -> MonthWindow.parse("2021-06..", y -> true, false))
                .extracting(e -> ((MonthWindow.BadText) e).problem()).isEqualTo(MonthWindow.Problem.NOT_A_MONTH);
    }

    @Test
    void a_window_contains_its_bounds_and_nothing_beyond_them() {
        MonthWindow summer = MonthWindow.between(JUNE_2021, AUGUST_2021);
        assertThat(summer.contains(JUNE_2021)).isTrue();
        assertThat(summer.contains(AUGUST_2021)).isTrue();
        assertThat(summer.contains(YearMonth.of(2021, 5))).isFalse();
        assertThat(summer.contains(SEPTEMBER_2021)).isFalse();
        assertThat(MonthWindow.of(AUGUST_2021).contains(AUGUST_2021)).isTrue();
        assertThat(MonthWindow.of(AUGUST_2021).contains(YearMonth.of(2022, 8))).isFalse();
    }

    @Test
    void an_open_bound_reaches_any_month_on_its_side_and_all_time_every_month() {
        assertThat(new MonthWindow(null, AUGUST_2021).contains(YearMonth.of(-999_999_999, 1))).isTrue();
        assertThat(new MonthWindow(null, AUGUST_2021).contains(SEPTEMBER_2021)).isFalse();
        assertThat(new MonthWindow(AUGUST_2021, null).contains(YearMonth.of(999_999_999, 12))).isTrue();
        assertThat(new MonthWindow(AUGUST_2021, null).contains(JUNE_2021)).isFalse();
        assertThat(MonthWindow.ALL_TIME.contains(AUGUST_2021)).isTrue();
    }

    @Test
    void a_list_of_months_is_in_a_window_when_one_of_them_is_and_all_time_holds_even_no_month() {
        MonthWindow august = MonthWindow.of(AUGUST_2021);
        assertThat(august.containsAny(List.of(JUNE_2021, AUGUST_2021))).isTrue();
        assertThat(august.containsAny(List.of(JUNE_2021, SEPTEMBER_2021))).as("a gap around the window").isFalse();
        assertThat(august.containsAny(List.of())).isFalse();
        assertThat(MonthWindow.ALL_TIME.containsAny(List.of())).isTrue();
    }
}
