package org.newsatlas.article.ingest;

import java.util.List;

/**
 * The outcome of every file in a batch, in the order they were processed, and the paths found in its folders and
 * left out on purpose.
 */
public record ImportReport(List<FileOutcome> files, List<SkippedPath> skipped) {

    public ImportReport {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    public ImportReport(List<FileOutcome> files) {
        this(files, List.of());
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

    /** "imported 3, duplicates skipped 1, failed 2" (and "; 4 other paths skipped" when some were). */
    public String summary() {
        return "imported %d, duplicates skipped %d, failed %d".formatted(imported(), duplicates(), failed())
                + (skipped.isEmpty() ? "" : "; %d other path%s skipped".formatted(skipped.size(),
                skipped.size() == 1 ? "" : "s"));
    }

    private long count(FileOutcome.Result result) {
        return files.stream().filter(f -> f.result() == result).count();
    }
}
