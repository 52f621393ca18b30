package org.newsatlas.article;

import java.util.List;
import java.util.Map;

/** The layer links of an article's dated passages, by passage ordinal, found before the article is stored. */
public record ArticleLinks(Map<Integer, PassageLinker.Links> byOrdinal) {

    private static final PassageLinker.Links NONE = new PassageLinker.Links(List.of(), List.of());

    public ArticleLinks {
        byOrdinal = Map.copyOf(byOrdinal);
    }

    /** The links of the passage with this ordinal (none if it has none). */
    public PassageLinker.Links of(int ordinal) {
        return byOrdinal.getOrDefault(ordinal, NONE);
    }
}
