package org.newsatlas.article.ingest;

import java.util.List;
import org.newsatlas.article.Plural;

/**
 * What re-analysing the corpus did: how many articles there were, which could not be re-analysed (each left as it
 * was) and how many user corrections were applied again.
 */
public record ReprocessReport(int articles, List<Failure> failures, int corrections) {

    public ReprocessReport {
        failures = List.copyOf(failures);
    }

    public int reanalysed() {
        return articles - failures.size();
    }

    /** "re-analysed 5 of 5 articles, failed 0, user corrections kept 2". */
    public String summary() {
        return "re-analysed %d of %s, failed %d, user corrections kept %d"
                .formatted(reanalysed(), Plural.of(articles, "article"), failures.size(), corrections);
    }

    /** An article that could not be re-analysed, and why. */
    public record Failure(long articleId, String reason) {
    }
}
