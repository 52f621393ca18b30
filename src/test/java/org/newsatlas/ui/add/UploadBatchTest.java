package org.newsatlas.ui.add;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsatlas.article.ingest.FileOutcome.Result;

class UploadBatchTest {

    private final UploadBatch batch = new UploadBatch();

    @Test
    void three_dropped_files_count_as_one_batch_of_three() {
        batch.started();
        batch.started();
        batch.started();
        assertThat(batch.status()).isEqualTo("Importing: 0 of 3 files processed · imported 0, duplicates skipped 0, failed 0");

        batch.ended(Result.IMPORTED);
        assertThat(batch.fraction()).isEqualTo(1.0 / 3);
        batch.ended(Result.DUPLICATE);
        batch.ended(Result.FAILED);

        assertThat(batch.isFinished()).isTrue();
        assertThat(batch.status()).isEqualTo("Done: 3 of 3 files processed · imported 1, duplicates skipped 1, failed 1");
    }

    @Test
    void seven_files_dropped_while_three_are_importing_join_them_in_one_batch_of_ten() {
        for (int i = 0; i < 3; i++) {
            batch.started();
        }
        batch.ended(Result.IMPORTED);
        for (int i = 0; i < 7; i++) {
            batch.started();
        }
        assertThat(batch.status()).startsWith("Importing: 1 of 10 files processed");

        for (int i = 1; i < 10; i++) {
            batch.ended(Result.IMPORTED);
            assertThat(batch.status()).startsWith((i < 9 ? "Importing: " : "Done: ") + (i + 1) + " of 10 files processed");
        }
        assertThat(batch.status()).isEqualTo("Done: 10 of 10 files processed · imported 10, duplicates skipped 0, failed 0");
    }

    @Test
    void files_dropped_after_a_finished_batch_start_a_new_one() {
        batch.started();
        batch.started();
        batch.ended(Result.IMPORTED);
        batch.ended(Result.IMPORTED);
        assertThat(batch.status()).startsWith("Done: 2 of 2 files");

        batch.started();
        assertThat(batch.status()).isEqualTo("Importing: 0 of 1 file processed · imported 0, duplicates skipped 0, failed 0");
        batch.ended(Result.DUPLICATE);

        assertThat(batch.status()).isEqualTo("Done: 1 of 1 file processed · imported 0, duplicates skipped 1, failed 0");
    }

    @Test
    void a_file_the_browser_kept_back_counts_in_its_batch_as_done_and_failed() {
        batch.refused();
        batch.started();
        assertThat(batch.status()).startsWith("Importing: 1 of 2 files processed");

        batch.ended(Result.IMPORTED);

        assertThat(batch.status()).isEqualTo("Done: 2 of 2 files processed · imported 1, duplicates skipped 0, failed 1");
    }

    @Test
    void an_upload_that_failed_on_the_way_ends_the_batch_instead_of_leaving_it_importing() {
        batch.started();
        batch.started();
        batch.started();
        batch.ended(Result.IMPORTED);
        batch.ended(Result.FAILED);
        batch.ended(Result.FAILED);

        assertThat(batch.status()).isEqualTo("Done: 3 of 3 files processed · imported 1, duplicates skipped 0, failed 2");
        assertThat(batch.fraction()).isEqualTo(1.0);
    }

    @Test
    void before_anything_is_dropped_nothing_is_in_progress() {
        assertThat(batch.total()).isZero();
        assertThat(batch.fraction()).isZero();
        assertThat(batch.isFinished()).isTrue();
    }

    @Test
    void a_drop_of_forty_files_counts_forty_from_its_announcement_before_any_upload_starts() {
        batch.added(40);
        assertThat(batch.status()).isEqualTo("Importing: 0 of 40 files processed · imported 0, duplicates skipped 0, failed 0");

        batch.started();
        batch.ended(Result.IMPORTED);
        assertThat(batch.status()).startsWith("Importing: 1 of 40 files processed");
        for (int i = 1; i < 40; i++) {
            batch.started();
        }
        for (int i = 1; i < 40; i++) {
            batch.ended(Result.IMPORTED);
        }

        assertThat(batch.status()).isEqualTo("Done: 40 of 40 files processed · imported 40, duplicates skipped 0, failed 0");
    }

    @Test
    void a_drop_announced_while_another_imports_joins_it_and_one_after_it_finished_starts_anew() {
        batch.added(3);
        batch.started();
        batch.ended(Result.IMPORTED);
        batch.added(2);
        assertThat(batch.status()).startsWith("Importing: 1 of 5 files processed");
        for (int i = 0; i < 4; i++) {
            batch.started();
            batch.ended(Result.IMPORTED);
        }
        assertThat(batch.status()).startsWith("Done: 5 of 5 files");

        batch.added(2);

        assertThat(batch.status()).isEqualTo("Importing: 0 of 2 files processed · imported 0, duplicates skipped 0, failed 0");
    }

    @Test
    void a_drop_whose_files_were_all_kept_back_is_finished_and_the_next_drop_starts_anew() {
        batch.added(2);
        batch.refused();
        batch.refused();
        assertThat(batch.status()).isEqualTo("Done: 2 of 2 files processed · imported 0, duplicates skipped 0, failed 2");

        batch.added(1);

        assertThat(batch.status()).startsWith("Importing: 0 of 1 file processed");
    }
}
