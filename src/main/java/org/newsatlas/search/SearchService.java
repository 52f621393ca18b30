package org.newsatlas.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsatlas.layer.LayerService;
import org.newsatlas.layer.MonthWindow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds map features by name and body passages by their words, for the search box. */
@Service
public class SearchService {

    private static final int SNIPPET_RADIUS = 50;
    private final LayerService layers;
    private final JdbcClient jdbc;

    public SearchService(LayerService layers, JdbcClient jdbc) {
        this.layers = layers;
        this.jdbc = jdbc;
    }

    /** Features whose name contains the query (folded case and accents) first, then passages containing it. */
    @Transactional(readOnly = true)
    public List<SearchHit> search(String query, int limit) {
        String needle = fold(query == null ? "" : query.strip());
        if (needle.length() < 2) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        layers.summaries(MonthWindow.ALL_TIME).stream()
                .filter(f -> fold(f.name()).contains(needle))
                .limit(limit).map(SearchHit::of).forEach(hits::add);
        hits.addAll(passages(query.strip(), limit - hits.size()));
        return hits;
    }

    private List<SearchHit> passages(String query, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.article_id, p.id,
                       SUBSTRING(a.original_text, p.start_offset + 1, p.end_offset - p.start_offset) AS text
                FROM passage p JOIN article a ON a.id = p.article_id
                WHERE p.kind = 'body'
                  AND LOCATE(LOWER(?), LOWER(SUBSTRING(a.original_text, p.start_offset + 1,
                                                       p.end_offset - p.start_offset))) > 0
                ORDER BY a.published DESC, p.article_id, p.ordinal
                LIMIT ?""")
                .params(query, limit)
                .query((rs, row) -> SearchHit.passage(rs.getLong(1), rs.getLong(2),
                        snippet(rs.getString(3), query)))
                .list();
    }

    static String snippet(String text, String query) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(query.toLowerCase(Locale.ROOT));
        int from = Math.max(0, at - SNIPPET_RADIUS);
        int to = Math.min(text.length(), at + query.length() + SNIPPET_RADIUS);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
