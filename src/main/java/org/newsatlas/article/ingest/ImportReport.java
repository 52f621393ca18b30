package org.newsatlas.article.ingest;

import java.util.List;

/** The outcome of every file in a batch, in the order they were processed. */
public record ImportReport(List<FileOutcome> files) {

    public ImportReport {
        files = List.copyOf(files);
    }

    public long imported() {
        return count(FileOutcome.Result.IMPORTED);
    }

    public long duplicates() {
        return count(FileOutcome.Result.DUPLICATE);
    }

    public long failed() {
        return count(FileOutcome.Result.FAILED);
    }

    public List<FileOutcome> failures() {
        return files.stream().filter(FileOutcome::failed).toList();
    }

    /** "imported 3, duplicates skipped 1, failed 2". */
    public String summary() {
        return "imported %d, duplicates skipped %d, failed %d".formatted(imported(), duplicates(), failed());
    }

    private long count(FileOutcome.Result result) {
        return files.stream().filter(f -> f.result() == result).count();
    }
}
