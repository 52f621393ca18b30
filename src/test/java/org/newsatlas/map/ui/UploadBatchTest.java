package org.newsatlas.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.article.ingest.FileOutcome;

class UploadBatchTest {

    private final UploadBatch batch = new UploadBatch();

    @Test
    void three_dropped_files_count_as_one_batch_of_three_whatever_order_the_server_hears_of_them() {
        batch.arrived();
        batch.listChanged(1);
        batch.listChanged(2);
        batch.listChanged(3);
        assertThat(batch.status()).isEqualTo("Importing: 0 of 3 files processed · imported 0, duplicates skipped 0, failed 0");

        batch.done(imported("a.txt"));
        batch.arrived();
        assertThat(batch.fraction()).isEqualTo(1.0 / 3);
        batch.done(imported("b.txt"));
        batch.arrived();
        batch.done(failed("c.txt"));

        assertThat(batch.isFinished()).isTrue();
        assertThat(batch.status()).isEqualTo("Done: 3 of 3 files processed · imported 2, duplicates skipped 0, failed 1");
    }

    @Test
    void files_dropped_after_a_finished_batch_start_a_new_one_though_the_list_keeps_the_old_files() {
        batch.listChanged(1);
        batch.listChanged(2);
        batch.arrived();
        batch.done(imported("a.txt"));
        batch.arrived();
        batch.done(imported("b.txt"));
        assertThat(batch.status()).startsWith("Done: 2 of 2 files");

        batch.listChanged(3);
        assertThat(batch.status()).isEqualTo("Importing: 0 of 1 file processed · imported 0, duplicates skipped 0, failed 0");
        batch.arrived();
        batch.done(imported("c.txt"));

        assertThat(batch.status()).isEqualTo("Done: 1 of 1 file processed · imported 1, duplicates skipped 0, failed 0");
    }

    @Test
    void a_refused_file_counts_in_its_batch_as_failed() {
        batch.refused(failed("huge.txt"));
        batch.listChanged(1);
        assertThat(batch.status()).startsWith("Importing: 1 of 2 files processed");

        batch.arrived();
        batch.done(imported("a.txt"));

        assertThat(batch.status()).isEqualTo("Done: 2 of 2 files processed · imported 1, duplicates skipped 0, failed 1");
    }

    @Test
    void before_anything_is_dropped_nothing_is_in_progress() {
        assertThat(batch.total()).isZero();
        assertThat(batch.fraction()).isZero();
        assertThat(batch.isFinished()).isTrue();
    }

    private static FileOutcome imported(String name) {
        return new FileOutcome(name, FileOutcome.Result.IMPORTED, 1L, "1 passage", List.of());
    }

    private static FileOutcome failed(String name) {
        return new FileOutcome(name, FileOutcome.Result.FAILED, null, "empty", List.of());
    }
}
