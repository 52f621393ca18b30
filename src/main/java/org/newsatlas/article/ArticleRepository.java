package org.newsatlas.article;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsatlas.store.RowIds;
import org.newsatlas.text.PassageKind;
import org.newsatlas.text.PassageSpan;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Articles and their passages in H2. Callers own the transaction. */
@Repository
public class ArticleRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RowIds ids;

    public ArticleRepository(JdbcClient jdbc, JdbcTemplate template, RowIds ids) {
        this.jdbc = jdbc;
        this.template = template;
        this.ids = ids;
    }

    public Optional<Long> findIdByContentHash(String contentHash) {
        return jdbc.sql("SELECT id FROM article WHERE content_hash = ?")
                .param(contentHash).query(Long.class).optional();
    }

    public long insert(NewArticle article, String title) {
        long id = ids.next("article");
        jdbc.sql("""
                INSERT INTO article (id, title, outlet, author, published, published_approximate,
                                     source_name, content_hash, original_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, title, article.outlet(), article.author(),
                        article.published() == null ? null : Date.valueOf(article.published()),
                        article.publishedApproximate(), article.sourceName(), article.contentHash(),
                        article.originalText())
                .update();
        return id;
    }

    /**
     * Sets an article's publication date (null: undated) as exact, and marks it for the search index again; false
     * when no article has this id. Its passages' months are not touched: re-analyse the article after this.
     */
    public boolean updatePublished(long articleId, LocalDate published) {
        return jdbc.sql("""
                UPDATE article SET published = ?, published_approximate = FALSE, search_indexed = FALSE
                WHERE id = ?""")
                .params(published == null ? null : Date.valueOf(published), articleId).update() == 1;
    }

    /**
     * Up to {@code limit} articles above {@code afterId} that the search index does not hold yet, in id order, with
     * their dates (the text is read one article at a time, {@link #findById(long)}). Ordered by the index's own
     * columns (schema V13), so H2 reads the batch from the index in order instead of every unindexed article.
     * Whatever changes an article's text or date must set {@code search_indexed} back to false.
     */
    public List<Article> findNotSearchIndexed(long afterId, int limit) {
        return jdbc.sql("""
                SELECT id, title, outlet, author, published, published_approximate, source_name, content_hash,
                       '' AS original_text
                FROM article WHERE search_indexed = FALSE AND id > ? ORDER BY search_indexed, id LIMIT ?""")
                .params(afterId, limit).query(this::article).list();
    }

    /** Marks articles as held by the search index ({@code indexed}) or as to be indexed again. */
    public void markSearchIndexed(Collection<Long> ids, boolean indexed) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE article SET search_indexed = :indexed WHERE id IN (:ids)")
                    .param("indexed", indexed).param("ids", ids).update();
        }
    }

    /** The ids of articles the search index should hold. */
    public Set<Long> findSearchIndexedIds() {
        return new HashSet<>(jdbc.sql("SELECT id FROM article WHERE search_indexed = TRUE").query(Long.class).list());
    }

    public void insertPassages(long articleId, List<PassageSpan> passages) {
        if (passages.isEmpty()) {
            return;
        }
        long first = ids.reserve("passage", passages.size());
        template.batchUpdate("""
                INSERT INTO passage (id, article_id, ordinal, start_offset, end_offset, kind, kind_rule)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        PassageSpan p = passages.get(i);
                        ps.setLong(1, first + i);
                        ps.setLong(2, articleId);
                        ps.setInt(3, p.ordinal());
                        ps.setInt(4, p.start());
                        ps.setInt(5, p.end());
                        ps.setString(6, kindName(p.kind()));
                        ps.setString(7, p.rule());
                    }

                    @Override
                    public int getBatchSize() {
                        return passages.size();
                    }
                });
    }

    public Map<Integer, Long> passageIdsByOrdinal(long articleId) {
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.sql("SELECT ordinal, id FROM passage WHERE article_id = ?").param(articleId)
                .query(rs -> {
                    ids.put(rs.getInt(1), rs.getLong(2));
                });
        return ids;
    }

    public Optional<Article> findById(long id) {
        return jdbc.sql("SELECT * FROM article WHERE id = ?").param(id).query(this::article).optional();
    }

    public List<Article> findAll() {
        return jdbc.sql("SELECT * FROM article ORDER BY published NULLS FIRST, id").query(this::article).list();
    }

    public List<Passage> findPassages(long articleId) {
        return jdbc.sql("SELECT * FROM passage WHERE article_id = ? ORDER BY ordinal")
                .param(articleId).query(this::passage).list();
    }

    /** Deletes the article; its passages, their months and mentions go with it (ON DELETE CASCADE). */
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM article WHERE id = ?").param(id).update() == 1;
    }

    public void deletePassages(long articleId) {
        jdbc.sql("DELETE FROM passage WHERE article_id = ?").param(articleId).update();
    }

    public List<Long> findIds() {
        return jdbc.sql("SELECT id FROM article ORDER BY id").query(Long.class).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    private Article article(ResultSet rs, int row) throws SQLException {
        Date published = rs.getDate("published");
        return new Article(rs.getLong("id"), rs.getString("title"), rs.getString("outlet"),
                rs.getString("author"), published == null ? null : published.toLocalDate(),
                rs.getBoolean("published_approximate"), rs.getString("source_name"),
                rs.getString("content_hash"), rs.getString("original_text"));
    }

    private Passage passage(ResultSet rs, int row) throws SQLException {
        return new Passage(rs.getLong("id"), rs.getLong("article_id"), rs.getInt("ordinal"),
                rs.getInt("start_offset"), rs.getInt("end_offset"),
                PassageKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("kind_rule"));
    }

    private static String kindName(PassageKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
