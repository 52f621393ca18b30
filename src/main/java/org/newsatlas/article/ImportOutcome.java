package org.newsatlas.article;

/** What happened to one article handed to {@link ArticleService#store(NewArticle)}. */
public record ImportOutcome(Status status, long articleId, String sourceName, String message) {

    public enum Status { IMPORTED, DUPLICATE }

    /** "5 passages", and how many were set aside as boilerplate (captions, promos) if any: the map reads the 5. */
    static ImportOutcome imported(long articleId, String sourceName, int bodyPassages, int boilerplate) {
        return new ImportOutcome(Status.IMPORTED, articleId, sourceName, Plural.of(bodyPassages, "passage")
                + (boilerplate == 0 ? "" : ", " + boilerplate + " set aside as boilerplate"));
    }

    static ImportOutcome duplicate(long existingId, String sourceName) {
        return new ImportOutcome(Status.DUPLICATE, existingId, sourceName,
                "same text as article " + existingId + " already stored");
    }
}
