package org.newsatlas.article.ingest;

/**
 * Progress through re-analysing the corpus: {@code done} of {@code total} articles, the last one and, when it
 * could not be re-analysed, why ({@code failure}, else null).
 */
public record ReprocessProgress(int done, int total, long articleId, String failure) {

    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }

    /** "re-analysed article 12" or "failed article 12: could not be re-analysed: ...". */
    public String line() {
        return failure == null ? "re-analysed article " + articleId : "failed article " + articleId + ": " + failure;
    }
}
