package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsatlas.article.ingest.DateInText.Kind;

/** Dates written in news text, and the publication date in an article's head. */
class DateInTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "2018-04-05; 2018-04-05",
            "March 31, 2018; 2018-03-31",
            "Sat, Mar. 31st, 2018; 2018-03-31",
            "Saturday, March 31, 2018; 2018-03-31",
            "31 March 2018; 2018-03-31",
            "5th of April 2018; 2018-04-05",
            "Wednesday 4 August 2021; 2021-08-04",
            "05.04.2018; 2018-04-05",
            "13/04/2018; 2018-04-13",
            "4/13/2018; 2018-04-13",
            "7/7/2021; 2021-07-07",
            "Sept 9, 2021; 2021-09-09"})
    void a_date_as_news_writes_it_reads_as_that_day(String phrase, LocalDate day) {
        assertThat(StatedDate.parse(phrase).flatMap(StatedDate.Reading::date)).contains(day);
    }

    @Test
    void a_numeric_date_that_reads_as_two_days_is_ambiguous_and_gives_none() {
        StatedDate.Reading reading = StatedDate.parse("05/04/2018").orElseThrow();
        assertThat(reading.ambiguous()).isTrue();
        assertThat(reading.date()).isEmpty();
    }

    @Test
    void an_impossible_day_gives_no_date_and_a_year_alone_or_a_month_and_year_are_no_date_phrase() {
        assertThat(StatedDate.parse("31 February 2018").orElseThrow().date()).isEmpty();
        assertThat(StatedDate.parse("13/13/2018").orElseThrow().date()).isEmpty();
        assertThat(StatedDate.find("the 1956 treaty")).isEmpty();
        assertThat(StatedDate.find("elections in May 2018 were delayed")).isEmpty();
        assertThat(StatedDate.find("call 2018-04-055 now")).isEmpty();
    }

    @Test
    void a_published_line_gives_the_date_and_wins_over_an_updated_line() {
        Optional<DateInText.Found> found = DateInText.find("""
                Floods cut the road to Khorog
                Updated 5 April 2018, 10:02
                Published Saturday, March 31, 2018

                Heavy rain on Friday washed away two bridges.""");
        assertThat(found.map(f -> f.reading().date().orElseThrow())).contains(LocalDate.of(2018, 3, 31));
        assertThat(found.map(DateInText.Found::kind)).contains(Kind.PUBLISHED);
    }

    @Test
    void a_dateline_with_an_agency_gives_the_date() {
        Optional<DateInText.Found> found = DateInText.find("""
                Taliban take Kunduz
                KABUL, Aug. 8, 2021 (Reuters) - Taliban fighters took control of Kunduz on Sunday.""");
        assertThat(found.map(f -> f.reading().date().orElseThrow())).contains(LocalDate.of(2021, 8, 8));
        assertThat(found.map(DateInText.Found::kind)).contains(Kind.DATELINE);
    }

    @Test
    void a_line_that_is_a_date_and_time_or_a_byline_with_a_date_gives_the_date() {
        assertThat(DateInText.find("Storm hits Texas\nMon 5 Apr 2021 10.00 BST\nThe storm...")
                .flatMap(f -> f.reading().date())).contains(LocalDate.of(2021, 4, 5));
        assertThat(DateInText.find("Storm hits Texas\nSaturday, March 31, 2018 10:03 AM EDT\nThe storm...")
                .flatMap(f -> f.reading().date())).contains(LocalDate.of(2018, 3, 31));
        Optional<DateInText.Found> byline = DateInText.find("Storm hits Texas\nBy Jane Doe | March 31, 2018\nText.");
        assertThat(byline.flatMap(f -> f.reading().date())).contains(LocalDate.of(2018, 3, 31));
        assertThat(byline.map(DateInText.Found::kind)).contains(Kind.BYLINE);
        assertThat(DateInText.find("Posted on April 5, 2018 at 3:15 pm\nText.").map(DateInText.Found::kind))
                .contains(Kind.PUBLISHED);
    }

    @Test
    void dates_of_events_in_sentences_and_dates_below_the_head_are_not_the_publication_date() {
        assertThat(DateInText.find("""
                Treaty anniversary
                The treaty signed on March 3, 1956 in Moscow is still in force.
                On 5 April 2018 the ministers met again.""")).isEmpty();
        String deep = "Title\n" + "A sentence of the body.\n".repeat(DateInText.HEAD_LINES) + "Published March 31, 2018";
        assertThat(DateInText.find(deep)).isEmpty();
    }

    @Test
    void an_ambiguous_date_line_is_found_as_ambiguous() {
        Optional<DateInText.Found> found = DateInText.find("Floods in Khorog\nPublished 05/04/2018\nText.");
        assertThat(found.map(f -> f.reading().ambiguous())).contains(true);
    }
}
