package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.NewArticle;

/** Where an imported article's date comes from: its metadata, its text, the batch; or why it has none. */
class PublicationDatingTest {

    private static ReadArticle read(LocalDate published, String outlet, String text) {
        return new ReadArticle(new NewArticle(null, outlet, null, published, false, "a.txt", text), List.of("kept"));
    }

    @Test
    void a_date_from_the_files_metadata_stays_and_needs_no_note() {
        ReadArticle dated = PublicationDating.dated(read(LocalDate.of(2021, 8, 9), "Xinhua",
                "Title\nPublished March 31, 2018\nText."), new ImportDefaults(LocalDate.of(2020, 1, 1), "Other"));
        assertThat(dated.article().published()).isEqualTo(LocalDate.of(2021, 8, 9));
        assertThat(dated.article().outlet()).isEqualTo("Xinhua");
        assertThat(dated.warnings()).containsExactly("kept");
    }

    @Test
    void the_texts_date_line_wins_over_the_batch_date_and_says_so() {
        ReadArticle dated = PublicationDating.dated(read(null, null, "Title\nKABUL, Aug. 8, 2021 (Reuters) - Text."),
                new ImportDefaults(LocalDate.of(2020, 1, 1), "Reuters"));
        assertThat(dated.article().published()).isEqualTo(LocalDate.of(2021, 8, 8));
        assertThat(dated.article().outlet()).isEqualTo("Reuters");
        assertThat(dated.warnings()).containsExactly("kept", "dated 8 August 2021 from its text: “Aug. 8, 2021”");
    }

    @Test
    void without_a_date_anywhere_the_article_stays_undated_and_the_result_says_why() {
        assertThat(PublicationDating.dated(read(null, null, "Title\nText."), ImportDefaults.NONE).warnings())
                .containsExactly("kept", "undated: no date in the file or its text");
        ReadArticle ambiguous = PublicationDating.dated(read(null, null, "Title\nPublished 05/04/2018\nText."),
                ImportDefaults.NONE);
        assertThat(ambiguous.article().published()).isNull();
        assertThat(ambiguous.warnings()).containsExactly("kept",
                "undated: its text's “05/04/2018” could be day-month or month-day");
        assertThat(PublicationDating.dated(read(null, null, "Title\nPublished March 3, 1700\nText."),
                ImportDefaults.NONE).warnings())
                .containsExactly("kept", "undated: its text's “March 3, 1700” is not a date it can use");
    }

    @Test
    void a_batch_date_outside_the_sane_range_is_refused() {
        assertThatThrownBy(() -> new ImportDefaults(LocalDate.of(999, 1, 1), null))
                .hasMessage("publication date 0999-01-01 is outside 1800–2200");
    }
}
