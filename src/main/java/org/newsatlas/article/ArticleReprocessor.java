package org.newsatlas.article;

/**
 * Re-derives everything stored about one article from its original text, in one transaction, keeping the
 * article's id (and so every link to it). Runs after a change to the cleaning or geoparsing rules or the
 * gazetteer, and after a person corrects one of the article's mentions.
 */
public interface ArticleReprocessor {

    /** @throws java.util.NoSuchElementException when no article has this id */
    ReprocessOutcome reprocess(long articleId);

    /** What one article has after reprocessing: its passages, and the user corrections applied again. */
    record ReprocessOutcome(long articleId, int passages, int corrections) {
    }
}
