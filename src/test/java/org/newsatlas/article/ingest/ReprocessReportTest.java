package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReprocessReportTest {

    @Test
    void the_summary_says_re_analysed_not_imported_and_counts_failures_and_corrections_kept() {
        var report = new ReprocessReport(5, List.of(new ReprocessReport.Failure(3, "could not be re-analysed: x")), 2);

        assertThat(report.reanalysed()).isEqualTo(4);
        assertThat(report.summary()).isEqualTo("re-analysed 4 of 5 articles, failed 1, user corrections kept 2");
        assertThat(new ReprocessReport(1, List.of(), 0).summary())
                .isEqualTo("re-analysed 1 of 1 article, failed 0, user corrections kept 0");
    }

    @Test
    void a_progress_line_names_the_article_and_why_it_failed() {
        assertThat(new ReprocessProgress(2, 5, 12, null).line()).isEqualTo("re-analysed article 12");
        assertThat(new ReprocessProgress(3, 5, 13, "could not be re-analysed: lock timeout").line())
                .isEqualTo("failed article 13: could not be re-analysed: lock timeout");
        assertThat(new ReprocessProgress(3, 4, 13, null).fraction()).isEqualTo(0.75);
    }
}
