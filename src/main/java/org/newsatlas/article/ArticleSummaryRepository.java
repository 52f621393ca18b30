package org.newsatlas.article;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The article list: filtered, sorted pages of {@link ArticleSummary}. Callers own the transaction. */
@Repository
public class ArticleSummaryRepository {

    private static final String COLUMNS = """
            SELECT a.id, a.title, a.outlet, a.published, a.source_name,
                   (SELECT COUNT(*) FROM passage p WHERE p.article_id = a.id AND p.kind = 'body') AS passages,
                   (SELECT COUNT(DISTINCT m.place_id) FROM mention m JOIN passage p ON p.id = m.passage_id
                     WHERE p.article_id = a.id AND m.place_id IS NOT NULL) AS places
            FROM article a""";

    private final JdbcClient jdbc;

    public ArticleSummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ArticleSummary> find(ArticleFilter filter, ArticleSort sort, int offset, int limit) {
        Where where = Where.of(filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql(COLUMNS + where.sql() + " ORDER BY " + sort.orderBy() + " LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, row) -> new ArticleSummary(rs.getLong("id"), rs.getString("title"), rs.getString("outlet"),
                        rs.getDate("published") == null ? null : rs.getDate("published").toLocalDate(),
                        rs.getString("source_name"), rs.getInt("passages"), rs.getInt("places")))
                .list();
    }

    public int count(ArticleFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("SELECT COUNT(*) FROM article a" + where.sql()).params(where.params())
                .query(Integer.class).single();
    }

    public List<String> outlets() {
        return jdbc.sql("SELECT DISTINCT outlet FROM article WHERE outlet IS NOT NULL ORDER BY outlet")
                .query(String.class).list();
    }

    /** The WHERE clause of a filter, with its parameters in order. */
    private record Where(String sql, List<Object> params) {

        static Where of(ArticleFilter filter) {
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                conditions.add("(LOWER(a.title) LIKE ? ESCAPE '\\' OR LOWER(a.original_text) LIKE ? ESCAPE '\\')");
                params.add(like);
                params.add(like);
            }
            if (filter.outlet() != null && !filter.outlet().isBlank()) {
                conditions.add("a.outlet = ?");
                params.add(filter.outlet());
            }
            if (filter.from() != null) {
                conditions.add("a.published >= ?");
                params.add(Date.valueOf(filter.from()));
            }
            if (filter.to() != null) {
                conditions.add("a.published <= ?");
                params.add(Date.valueOf(filter.to()));
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }

        private static String escape(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
