package org.newsatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newsatlas.article.Article;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The words of every article in the PostgreSQL store itself: {@code article.search_words}, a tsvector of the
 * article's distinct words as search reads them ({@link SearchWordAnalyzer}: letters and digits, folded), with a GIN
 * index (db/vendor/postgresql/V17). Every instance sharing the database searches the same words, and an article is
 * found on all of them once any one has indexed it. Positions are not kept: the phrase is matched in the passages.
 */
public class PostgresArticleIndex implements ArticleIndex {

    /** Longer words are left out (PostgreSQL refuses lexemes over 2 kB; no one searches such a word). */
    static final int LONGEST_WORD = 200;

    private final JdbcClient jdbc;

    public PostgresArticleIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(Article article) {
        jdbc.sql("UPDATE article SET search_words = array_to_tsvector(string_to_array(?, ' ')) WHERE id = ?")
                .params(String.join(" ", words(article.originalText())), article.id()).update();
    }

    @Override
    public void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            // the words go with the article's row; an article still there but no longer marked loses them
            jdbc.sql("UPDATE article SET search_words = NULL WHERE id IN (:ids)").param("ids", ids).update();
        }
    }

    @Override
    public void commit() {
        // each put is its own statement, committed as it runs
    }

    @Override
    public List<Long> articles(SearchPhrase phrase, int offset, int count) {
        return jdbc.sql("""
                        SELECT id FROM article WHERE search_words @@ CAST(? AS tsquery)
                        ORDER BY published DESC NULLS LAST, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""")
                .params(query(phrase), offset, count).query(Long.class).list();
    }

    @Override
    public Set<Long> ids() {
        return new HashSet<>(jdbc.sql("SELECT id FROM article WHERE search_words IS NOT NULL").query(Long.class)
                .list());
    }

    @Override
    public void close() {
    }

    /** The phrase as a tsquery: every whole word, and a word starting with the last ({@code 'china' & 'rus':*}). */
    static String query(SearchPhrase phrase) {
        String whole = phrase.wholeWords().stream().map(w -> lexeme(w) + " & ").collect(Collectors.joining());
        return whole + lexeme(phrase.lastWord()) + ":*";
    }

    private static String lexeme(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** The text's distinct words, as the search reads them. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (SearchWordAnalyzer analyzer = new SearchWordAnalyzer();
             TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() <= LONGEST_WORD) {
                    words.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
