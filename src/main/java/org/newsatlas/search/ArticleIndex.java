package org.newsatlas.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.newsatlas.article.Article;

/**
 * Which articles hold the words of a search, newest first: derived from the articles' text, kept up to date by
 * {@link ArticleIndexer} from the column {@code article.search_indexed}. On H2 a Lucene index in the data folder
 * ({@link LuceneArticleIndex}); on PostgreSQL the words in the database, which every instance shares
 * ({@link PostgresArticleIndex}). Either way a hit is a candidate: {@link SearchService} matches the phrase in the
 * passages it reads.
 */
public interface ArticleIndex {

    /** Adds or replaces the article's words; visible to searches after {@link #commit()}. */
    void put(Article article);

    void delete(Collection<Long> ids);

    /** Makes what was put and deleted durable and visible to searches. */
    void commit();

    /**
     * Ids of the articles holding every whole word of the phrase and a word starting with its last word, newest
     * first (undated last), from {@code offset}, at most {@code count}.
     */
    List<Long> articles(SearchPhrase phrase, int offset, int count);

    /** The ids of every article the index holds. */
    Set<Long> ids();

    void close() throws IOException;
}
