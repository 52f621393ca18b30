package org.newsatlas.article;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's corrections of place mentions (schema V3), by article and span. Callers own the transaction. */
@Repository
public class MentionCorrectionRepository {

    private static final String COLUMNS = "article_id, start_offset, end_offset, surface, gazetteer_id";
    private final JdbcClient jdbc;

    public MentionCorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the correction, replacing any earlier one of the same span. */
    public void save(MentionCorrection c) {
        // replaced as delete + insert, in the caller's write transaction: the same SQL on H2 and PostgreSQL
        delete(c.articleId(), c.start(), c.end());
        jdbc.sql("INSERT INTO mention_correction (" + COLUMNS + ", corrected_at) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")
                .params(c.articleId(), c.start(), c.end(), c.surface(), c.gazetteerId()).update();
    }

    /** False when there was no correction of that span. */
    public boolean delete(long articleId, int start, int end) {
        return jdbc.sql("DELETE FROM mention_correction WHERE article_id = ? AND start_offset = ? AND end_offset = ?")
                .params(articleId, start, end).update() == 1;
    }

    public Optional<MentionCorrection> find(long articleId, int start, int end) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mention_correction"
                        + " WHERE article_id = ? AND start_offset = ? AND end_offset = ?")
                .params(articleId, start, end).query(MentionCorrectionRepository::correction).optional();
    }

    /** The article's corrections in text order. */
    public List<MentionCorrection> findByArticle(long articleId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mention_correction WHERE article_id = ? ORDER BY start_offset")
                .param(articleId).query(MentionCorrectionRepository::correction).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM mention_correction").query(Long.class).single();
    }

    private static MentionCorrection correction(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MentionCorrection(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5));
    }
}
