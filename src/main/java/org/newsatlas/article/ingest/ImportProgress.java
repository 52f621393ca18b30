package org.newsatlas.article.ingest;

/** Progress through a batch: {@code done} of {@code total} files processed, {@code latest} the last one. */
public record ImportProgress(int done, int total, FileOutcome latest) {

    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }
}
