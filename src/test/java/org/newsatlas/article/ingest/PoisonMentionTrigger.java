package org.newsatlas.article.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Test-only H2 trigger: fails the first mention insert of an article whose source name starts with "poison",
 * after its passages, months and the place rows it mentions were written.
 */
public class PoisonMentionTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        long passageId = ((Number) newRow[1]).longValue();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT a.source_name FROM article a JOIN passage p ON p.article_id = a.id WHERE p.id = ?""")) {
            ps.setLong(1, passageId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getString(1).startsWith("poison")) {
                    throw new SQLException("injected failure after places were written");
                }
            }
        }
    }
}
