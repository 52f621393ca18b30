package org.newsatlas.article;

/** What happened to one article handed to {@link ArticleService#store(NewArticle)}. */
public record ImportOutcome(Status status, long articleId, String sourceName, String message) {

    public enum Status { IMPORTED, DUPLICATE }

    static ImportOutcome imported(long articleId, String sourceName, int passages) {
        return new ImportOutcome(Status.IMPORTED, articleId, sourceName, Plural.of(passages, "passage"));
    }

    static ImportOutcome duplicate(long existingId, String sourceName) {
        return new ImportOutcome(Status.DUPLICATE, existingId, sourceName,
                "same text as article " + existingId + " already stored");
    }
}
