package org.newsatlas.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.LayerName;
import org.newsatlas.layer.LayerService;
import org.newsatlas.layer.MonthWindow;
import org.newsatlas.text.SearchWords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds map features by name and body passages by their words, for the search box. Passages are found through
 * the {@link ArticleIndex}: the articles holding every word of the query, newest first, a page at a time; only
 * their body passages are read from the database and matched against the phrase, so an article deleted since it
 * was indexed is never shown.
 */
@Service
public class SearchService {

    /** A query shorter than this (letters, once folded) finds nothing. */
    public static final int SHORTEST_QUERY = 2;
    private static final int SNIPPET_RADIUS = 50;
    /** Articles read per round trip. */
    private static final int ARTICLE_PAGE = 40;
    /** How many candidate articles one search reads at most before it stops (a phrase of common words). */
    private static final int MAX_ARTICLES_READ = 2_000;

    private final LayerService layers;
    private final ArticleIndex index;
    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;

    public SearchService(LayerService layers, ArticleIndex index, JdbcClient jdbc, Gazetteer gazetteer) {
        this.layers = layers;
        this.index = index;
        this.jdbc = jdbc;
        this.gazetteer = gazetteer;
    }

    /**
     * Features whose name contains the query or its words first (a border named by its two countries, in either
     * order, by name or adjective, before them: {@link BorderQuery}), then body passages holding the phrase.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> search(String query, int limit) {
        String needle = SearchWords.fold(query == null ? "" : query.strip());
        Optional<SearchPhrase> phrase = SearchPhrase.parse(needle);
        if (needle.length() < SHORTEST_QUERY || phrase.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        List<FeatureSummary> features = layers.summaries(MonthWindow.ALL_TIME);
        // "Tajik-Afghan border": the border of the two countries named, in either order, first
        Optional<String> border = BorderQuery.borderId(phrase.get().words(), gazetteer);
        border.flatMap(id -> features.stream().filter(f -> f.layer() == LayerName.BORDERS && f.id().equals(id))
                .findFirst()).map(SearchHit::of).ifPresent(hits::add);
        features.stream()
                .filter(f -> SearchWords.fold(f.name()).contains(needle) || phrase.get().matches(f.name()))
                .filter(f -> hits.isEmpty() || !hits.get(0).feature().equals(f))
                .limit(Math.max(0, limit - hits.size())).map(SearchHit::of).forEach(hits::add);
        hits.addAll(passages(phrase.get(), limit - hits.size()));
        return hits;
    }

    private List<SearchHit> passages(SearchPhrase phrase, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        for (int offset = 0; hits.size() < limit && offset < MAX_ARTICLES_READ; offset += ARTICLE_PAGE) {
            List<Long> ids = index.articles(phrase, offset, ARTICLE_PAGE);
            hits.addAll(matchingPassages(phrase, ids, limit - hits.size()));
            if (ids.size() < ARTICLE_PAGE) {
                break;
            }
        }
        return hits;
    }

    private List<SearchHit> matchingPassages(SearchPhrase phrase, List<Long> articleIds, int limit) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> texts = new HashMap<>();
        jdbc.sql("SELECT id, original_text FROM article WHERE id IN (:ids)").param("ids", articleIds)
                .query(rs -> {
                    texts.put(rs.getLong(1), rs.getString(2));
                });
        Map<Long, List<long[]>> spans = new LinkedHashMap<>();
        articleIds.forEach(id -> spans.put(id, new ArrayList<>()));
        jdbc.sql("""
                SELECT article_id, id, start_offset, end_offset FROM passage
                WHERE article_id IN (:ids) AND kind = 'body' ORDER BY article_id, ordinal""")
                .param("ids", articleIds)
                .query(rs -> {
                    spans.get(rs.getLong(1)).add(new long[] {rs.getLong(2), rs.getInt(3), rs.getInt(4)});
                });
        List<SearchHit> hits = new ArrayList<>();
        for (var article : spans.entrySet()) {
            String text = texts.get(article.getKey());
            for (long[] passage : article.getValue()) {
                if (hits.size() == limit || text == null) {
                    return hits;
                }
                String passageText = text.substring((int) passage[1], (int) passage[2]);
                phrase.find(passageText).ifPresent(match -> hits.add(SearchHit.passage(article.getKey(),
                        passage[0], match[0], match[1], snippet(passageText, match[0], match[1]))));
            }
        }
        return hits;
    }

    static String snippet(String text, int start, int end) {
        int from = Math.max(0, start - SNIPPET_RADIUS);
        int to = Math.min(text.length(), end + SNIPPET_RADIUS);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ")
                + (to < text.length() ? "…" : "");
    }
}
