package org.newsatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTaggerTest {

    private static final LocalDate MID_AUGUST_2021 = LocalDate.of(2021, 8, 10);

    private final TimeTagger tagger = new TimeTagger();

    private List<YearMonth> months(String text, LocalDate published) {
        return tagger.tag(text, published).months();
    }

    private static List<YearMonth> ym(String... months) {
        return Arrays.stream(months).map(YearMonth::parse).toList();
    }

    @Test
    void on_august_9_is_august_of_the_publication_year() {
        assertThat(months("Troops kicked off five days of exercises on August 9.", MID_AUGUST_2021))
                .isEqualTo(ym("2021-08"));
    }

    @Test
    void december_4_2017_is_december_2017_whatever_the_publication_date() {
        PassageTime time = tagger.tag("Training in Qingtongxia on December 4, 2017. Both rivals", MID_AUGUST_2021);
        assertThat(time.months()).isEqualTo(ym("2017-12"));
        assertThat(time.fallback()).isFalse();
        assertThat(time.expressions()).extracting(TimeExpression::text).containsExactly("December 4, 2017");
    }

    @Test
    void july_2001_is_july_2001() {
        assertThat(months("The treaty signed by China and Russia in July 2001, just months before", MID_AUGUST_2021))
                .isEqualTo(ym("2001-07"));
    }

    @Test
    void august_of_2008_is_august_2008_also_in_an_undated_article() {
        assertThat(months("Cases rose since the epidemic began in August of 2008.", null)).isEqualTo(ym("2008-08"));
    }

    @Test
    void from_august_22_to_september_4_covers_both_months_as_one_range() {
        String text = "The games will run from August 22 to September 4.";
        PassageTime time = tagger.tag(text, LocalDate.of(2021, 7, 29));
        assertThat(time.months()).isEqualTo(ym("2021-08", "2021-09"));
        TimeExpression range = time.expressions().get(0);
        assertThat(text.substring(range.start(), range.end())).isEqualTo("from August 22 to September 4");
        assertThat(range.rule()).isEqualTo(DateRangeJoiner.RANGE);
    }

    @Test
    void expression_offsets_point_into_the_given_text_and_shift_into_the_article() {
        String passage = "Talks were held on 8 July, and again last month.";
        PassageTime time = tagger.tag(passage, MID_AUGUST_2021);
        assertThat(time.expressions()).allMatch(e -> passage.substring(e.start(), e.end()).equals(e.text()));
        assertThat(time.expressions()).extracting(TimeExpression::rule).containsExactly("day-month", "relative-month");
        String article = "Headline\n\n" + passage;
        TimeExpression moved = time.expressions().get(1).shifted(article.indexOf(passage));
        assertThat(article.substring(moved.start(), moved.end())).isEqualTo("last month");
        assertThat(time.months()).isEqualTo(ym("2021-07"));
    }

    @Test
    void a_range_over_the_new_year_ends_in_the_next_year() {
        assertThat(months("Talks run from December 20 to January 5.", LocalDate.of(2021, 11, 3)))
                .isEqualTo(ym("2021-12", "2022-01"));
    }

    @Test
    void a_range_with_the_year_only_at_its_end_gives_the_start_that_year() {
        assertThat(months("It ran from November 3 to February 2, 2019.", MID_AUGUST_2021))
                .isEqualTo(ym("2018-11", "2018-12", "2019-01", "2019-02"));
    }

    @Test
    void a_range_longer_than_two_years_gives_only_its_first_and_last_month() {
        assertThat(months("The mission lasted from January 2015 to December 2020.", MID_AUGUST_2021))
                .isEqualTo(ym("2015-01", "2020-12"));
    }

    @Test
    void next_month_is_the_month_after_publication() {
        assertThat(months("China will host Russia for drills next month.", LocalDate.of(2021, 12, 20)))
                .isEqualTo(ym("2022-01"));
    }

    @Test
    void last_month_is_the_month_before_publication() {
        assertThat(months("Following a virtual meeting last month between Xi and Putin", LocalDate.of(2021, 1, 5)))
                .isEqualTo(ym("2020-12"));
    }

    @Test
    void last_june_is_the_latest_june_before_the_publication_month() {
        assertThat(months("Last June, Putin and Xi held a meeting.", MID_AUGUST_2021)).isEqualTo(ym("2021-06"));
        assertThat(months("Last June, Putin and Xi held a meeting.", LocalDate.of(2021, 6, 20))).isEqualTo(ym("2020-06"));
    }

    @Test
    void this_june_and_june_last_year_follow_the_publication_year() {
        assertThat(months("Elections due this June.", LocalDate.of(2021, 2, 1))).isEqualTo(ym("2021-06"));
        assertThat(months("Prices fell in June last year.", LocalDate.of(2021, 2, 1))).isEqualTo(ym("2020-06"));
    }

    @Test
    void this_week_is_the_monday_to_sunday_around_publication_and_may_span_two_months() {
        assertThat(months("Beijing and Moscow held exercises this week.", LocalDate.of(2021, 8, 19)))
                .isEqualTo(ym("2021-08"));
        assertThat(months("Beijing and Moscow held exercises this week.", LocalDate.of(2021, 8, 31)))
                .isEqualTo(ym("2021-08", "2021-09"));
    }

    @Test
    void last_week_is_the_week_before_the_publication_week() {
        assertThat(months("Talks stalled last week.", LocalDate.of(2021, 9, 2))).isEqualTo(ym("2021-08"));
    }

    @Test
    void thursday_is_the_latest_thursday_on_or_before_publication() {
        // 2021-08-02 is a Monday: the Thursday before is 2021-07-29
        assertThat(months("The ministry issued a statement Thursday.", LocalDate.of(2021, 8, 2)))
                .isEqualTo(ym("2021-07"));
    }

    @Test
    void a_weekday_with_a_future_cue_is_the_next_such_day() {
        // 2021-07-30 is a Friday: "will meet on Monday" is 2021-08-02
        assertThat(months("The ministers will meet on Monday in Dushanbe.", LocalDate.of(2021, 7, 30)))
                .isEqualTo(ym("2021-08"));
    }

    @Test
    void yesterday_on_the_first_of_a_month_is_the_previous_month() {
        assertThat(months("Rockets hit the palace yesterday.", LocalDate.of(2021, 8, 1))).isEqualTo(ym("2021-07"));
    }

    @Test
    void a_passage_without_time_falls_back_to_the_publication_month() {
        PassageTime time = tagger.tag("The overriding goals were both political and tactical.", MID_AUGUST_2021);
        assertThat(time.months()).isEqualTo(ym("2021-08"));
        assertThat(time.fallback()).isTrue();
        assertThat(time.expressions()).isEmpty();
    }

    @Test
    void without_a_publication_date_only_absolute_dates_resolve_and_nothing_falls_back() {
        PassageTime relative = tagger.tag("Drills start next month, on August 9, on Thursday.", null);
        assertThat(relative.months()).isEmpty();
        assertThat(relative.fallback()).isFalse();
        assertThat(months("Drills on 9 August 2021.", null)).isEqualTo(ym("2021-08"));
    }

    @Test
    void abbreviated_day_first_and_iso_dates_are_read() {
        assertThat(months("Talks on Aug. 9 went well.", MID_AUGUST_2021)).isEqualTo(ym("2021-08"));
        assertThat(months("Signed on 9 August 2019 in Moscow.", MID_AUGUST_2021)).isEqualTo(ym("2019-08"));
        assertThat(months("Logged 2020-03-15 by the ministry.", MID_AUGUST_2021)).isEqualTo(ym("2020-03"));
        assertThat(months("Drills on Sept. 3-7, 2020.", MID_AUGUST_2021)).isEqualTo(ym("2020-09"));
    }

    @Test
    void early_and_mid_august_is_one_expression_for_august() {
        String text = "It will be held in early and mid-August in the city of Qingtongxia.";
        PassageTime time = tagger.tag(text, LocalDate.of(2021, 7, 29));
        assertThat(time.months()).isEqualTo(ym("2021-08"));
        assertThat(time.expressions()).extracting(TimeExpression::text).containsExactly("early and mid-August");
    }

    @Test
    void mid_september_and_in_june_are_months_of_the_nearest_year() {
        assertThat(months("Peace Mission follows in mid-September.", MID_AUGUST_2021)).isEqualTo(ym("2021-09"));
        assertThat(months("In June, both sides renewed the treaty.", MID_AUGUST_2021)).isEqualTo(ym("2021-06"));
    }

    @Test
    void a_month_without_a_year_takes_the_occurrence_nearest_to_publication() {
        assertThat(months("The summit meets in December.", MID_AUGUST_2021)).isEqualTo(ym("2021-12"));
        assertThat(months("The summit met in December.", LocalDate.of(2021, 3, 1))).isEqualTo(ym("2020-12"));
        // six months either way: the past wins
        assertThat(months("The summit is in February.", MID_AUGUST_2021)).isEqualTo(ym("2021-02"));
    }

    @Test
    void a_year_named_in_passing_does_not_put_the_passage_into_its_twelve_months() {
        PassageTime time = tagger.tag("Both sides still cite the 1956 treaty and a 2016 report.", MID_AUGUST_2021);
        assertThat(time.months()).isEqualTo(ym("2021-08"));
        assertThat(time.fallback()).isTrue();
        assertThat(time.expressions()).extracting(TimeExpression::text).containsExactly("1956", "2016");
        assertThat(time.expressions()).allMatch(e -> e.precision() == TimePrecision.YEAR);
    }

    @Test
    void a_bare_year_alone_pins_no_month_so_a_dated_passage_falls_back_to_the_publication_month() {
        PassageTime time = tagger.tag("Collaboration accelerated in 2014 after Crimea.", MID_AUGUST_2021);
        assertThat(time.months()).isEqualTo(ym("2021-08"));
        assertThat(time.fallback()).isTrue();
    }

    @Test
    void an_undated_passage_with_only_bare_years_gets_no_month() {
        PassageTime time = tagger.tag("Ties have grown since 2001; in 2014 they deepened after Crimea.", null);
        assertThat(time.months()).isEmpty();
        assertThat(time.fallback()).isFalse();
    }

    @Test
    void an_undated_passage_keeps_the_months_its_text_pins_down() {
        PassageTime time = tagger.tag("Since 2003 the virus spread; on 17 February 2006 it reached Egypt, "
                + "and by June it was in 12 more countries.", null);
        assertThat(time.tagged()).containsExactly(new TaggedMonth(YearMonth.of(2006, 2), TimePrecision.DAY));
    }

    @Test
    void a_bare_year_yields_to_a_month_in_the_same_passage() {
        assertThat(months("Ties grew since 2005, and in June they renewed the treaty.", MID_AUGUST_2021))
                .isEqualTo(ym("2021-06"));
    }

    @Test
    void the_publication_year_alone_falls_back_to_the_publication_month() {
        assertThat(tagger.tag("Troops joined the Interaction 2021 drills.", MID_AUGUST_2021).fallback()).isTrue();
        PassageTime time = tagger.tag("This year's training is the fourth.", MID_AUGUST_2021);
        assertThat(time.months()).isEqualTo(ym("2021-08"));
        assertThat(time.fallback()).isTrue();
    }

    @Test
    void earlier_this_year_next_year_last_year_and_years_ago_are_year_level_and_pin_no_month() {
        for (String text : List.of("Earlier this year the talks failed.", "A treaty is due next year.",
                "Last year the talks failed.", "The plant closed two years ago.")) {
            PassageTime time = tagger.tag(text, LocalDate.of(2021, 3, 9));
            assertThat(time.fallback()).as(text).isTrue();
            assertThat(time.expressions()).as(text).singleElement()
                    .satisfies(e -> assertThat(e.precision()).isEqualTo(TimePrecision.YEAR));
        }
    }

    @Test
    void fifteen_years_ago_today_is_that_day() {
        PassageTime time = tagger.tag("A murder that happened 15 years ago today.", LocalDate.of(2009, 3, 24));
        assertThat(time.tagged()).containsExactly(new TaggedMonth(YearMonth.of(1994, 3), TimePrecision.DAY));
    }

    @Test
    void each_month_carries_the_finest_precision_its_text_gives_it() {
        PassageTime time = tagger.tag("Talks began in June, resumed on Thursday and run from August 22 to "
                + "September 4.", LocalDate.of(2021, 7, 30));
        assertThat(time.tagged()).containsExactly(new TaggedMonth(YearMonth.of(2021, 6), TimePrecision.MONTH),
                new TaggedMonth(YearMonth.of(2021, 7), TimePrecision.DAY),
                new TaggedMonth(YearMonth.of(2021, 8), TimePrecision.MONTH),
                new TaggedMonth(YearMonth.of(2021, 9), TimePrecision.MONTH));
        assertThat(tagger.tag("Drills began on August 9 and again in August.", MID_AUGUST_2021).tagged())
                .containsExactly(new TaggedMonth(YearMonth.of(2021, 8), TimePrecision.DAY));
        assertThat(tagger.tag("Nothing here.", MID_AUGUST_2021).tagged())
                .containsExactly(new TaggedMonth(YearMonth.of(2021, 8), TimePrecision.MONTH));
    }

    @Test
    void the_summer_of_2021_is_june_to_august() {
        assertThat(months("Fighting in the summer of 2021 displaced thousands.", LocalDate.of(2022, 5, 1)))
                .isEqualTo(ym("2021-06", "2021-07", "2021-08"));
    }

    @Test
    void two_weeks_ago_is_counted_back_from_publication() {
        assertThat(months("The envoy visited two weeks ago.", LocalDate.of(2021, 8, 5))).isEqualTo(ym("2021-07"));
    }

    @Test
    void may_as_a_modal_verb_is_not_a_month() {
        PassageTime time = tagger.tag("Russia may send troops. May the talks succeed, he said.", MID_AUGUST_2021);
        assertThat(time.fallback()).isTrue();
        assertThat(time.expressions()).isEmpty();
        assertThat(months("The vote is in May.", MID_AUGUST_2021)).isEqualTo(ym("2021-05"));
    }

    @Test
    void march_as_a_noun_is_not_a_month() {
        PassageTime time = tagger.tag("Thousands joined a march on the capital, recalling the Long March.",
                MID_AUGUST_2021);
        assertThat(time.expressions()).isEmpty();
        assertThat(months("The March 5 rally drew crowds.", MID_AUGUST_2021)).isEqualTo(ym("2021-03"));
    }

    @Test
    void a_first_name_is_not_a_month() {
        assertThat(tagger.tag("June Smith and April Jones told reporters.", MID_AUGUST_2021).expressions()).isEmpty();
    }

    @Test
    void an_abbreviated_month_without_a_day_or_year_is_not_a_month() {
        PassageTime time = tagger.tag("A statement by Jan Egeland was read at Mar-a-Lago.", MID_AUGUST_2021);
        assertThat(time.expressions()).isEmpty();
        // January 2022 is five months from August 2021, January 2021 seven
        assertThat(months("A statement by Jan. 5 was read.", MID_AUGUST_2021)).isEqualTo(ym("2022-01"));
    }

    @Test
    void troop_numbers_are_not_years() {
        PassageTime time = tagger.tag("Some 2,500 troops and 10,000 soldiers, with 1000 vehicles, joined "
                + "some 2000 reservists and 1950 troops; more than 2020 people watched.", MID_AUGUST_2021);
        assertThat(time.expressions()).isEmpty();
        assertThat(time.fallback()).isTrue();
    }

    @Test
    void years_outside_1900_to_2100_and_decades_are_not_years() {
        PassageTime time = tagger.tag("Founded in 1850, it plans a base by 2150 and leadership by the 2040s.",
                MID_AUGUST_2021);
        assertThat(time.expressions()).isEmpty();
    }

    @Test
    void the_last_week_of_july_is_july_not_last_week() {
        assertThat(months("Equipment crossed the border in the last week of July.", LocalDate.of(2021, 9, 15)))
                .isEqualTo(ym("2021-07"));
    }

    @Test
    void a_weekday_after_a_capitalised_word_that_names_no_day_is_a_date() {
        // 2021-08-02 is a Monday: the Thursday before is 2021-07-29
        PassageTime time = tagger.tag("Wang told The Associated Press Thursday that a man was arraigned in Bantam "
                + "Superior Court Thursday.", LocalDate.of(2021, 8, 2));
        assertThat(time.tagged()).containsExactly(new TaggedMonth(YearMonth.of(2021, 7), TimePrecision.DAY));
        assertThat(time.expressions()).extracting(TimeExpression::text).containsExactly("Thursday", "Thursday");
    }

    @Test
    void a_weekday_inside_a_name_is_not_a_date() {
        PassageTime time = tagger.tag("The Good Friday Agreement was cited by the Sunday Times.", MID_AUGUST_2021);
        assertThat(time.expressions()).isEmpty();
    }

    // ---- the seed articles: each line is a paragraph; dates from /work/shared/seeds/README.md ----

    private static List<String> paragraphs(String file) throws IOException {
        return Arrays.stream(Files.readString(Path.of("geodata/articles", file)).split("\n"))
                .filter(p -> !p.isBlank()).toList();
    }

    private PassageTime paragraphWith(List<String> paragraphs, String phrase, LocalDate published) {
        String paragraph = paragraphs.stream().filter(p -> p.contains(phrase)).findFirst().orElseThrow();
        return tagger.tag(paragraph, published);
    }

    @Test
    void seed_000_paragraphs_get_the_months_they_speak_of() throws IOException {
        LocalDate published = LocalDate.of(2021, 7, 29);
        List<String> text = paragraphs("000_ad515e33a9d40185.txt");
        assertThat(paragraphWith(text, "training next month", published).months()).isEqualTo(ym("2021-08"));
        assertThat(paragraphWith(text, "early and mid-August", published).months())
                .isEqualTo(ym("2021-07", "2021-08"));
        assertThat(paragraphWith(text, "on December 4, 2017", published).months()).isEqualTo(ym("2017-12"));
        assertThat(paragraphWith(text, "from August 22 to September 4", published).months())
                .isEqualTo(ym("2021-07", "2021-08", "2021-09"));
        assertThat(paragraphWith(text, "in July 2001", published).months()).isEqualTo(ym("2001-07"));
        assertThat(paragraphWith(text, "Kabul on July 20", published).months()).isEqualTo(ym("2021-07"));
        assertThat(paragraphWith(text, "on June 28", published).months()).isEqualTo(ym("2021-06", "2021-07"));
        assertThat(paragraphWith(text, "The overriding goals", published).fallback()).isTrue();
        assertThat(allMonths(text, published)).allMatch(
                m -> m.equals(YearMonth.of(2001, 7)) || m.getYear() == 2017 || between(m, "2021-06", "2021-09"));
    }

    @Test
    void seed_002_paragraphs_get_the_months_they_speak_of() throws IOException {
        LocalDate published = LocalDate.of(2021, 8, 10);
        List<String> text = paragraphs("002_5cda8d1a246dbead.txt");
        assertThat(paragraphWith(text, "on August 9", published).months()).isEqualTo(ym("2021-08"));
        assertThat(paragraphWith(text, "on August 5", published).months()).isEqualTo(ym("2021-08"));
        assertThat(paragraphWith(text, "In June, both sides", published).months()).isEqualTo(ym("2021-06"));
        assertThat(paragraphWith(text, "in September in drills", published).months()).isEqualTo(ym("2021-09"));
        assertThat(paragraphWith(text, "This year", published).fallback()).isTrue();
        assertThat(paragraphWith(text, "accelerated in 2014", published).fallback()).isTrue();
        assertThat(paragraphWith(text, "since 2005", published).fallback()).isTrue();
        assertThat(allMonths(text, published)).allMatch(m -> between(m, "2021-06", "2021-09"));
    }

    private List<YearMonth> allMonths(List<String> paragraphs, LocalDate published) {
        return paragraphs.stream().flatMap(p -> tagger.tag(p, published).months().stream()).toList();
    }

    private static boolean between(YearMonth m, String from, String to) {
        return !m.isBefore(YearMonth.parse(from)) && !m.isAfter(YearMonth.parse(to));
    }
}
