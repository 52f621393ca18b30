package org.newsatlas.article.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.api.Trigger;

/**
 * Test-only H2 trigger: fails the third passage insert of an article whose source name starts with
 * "poison", after recording how many of its passages were already written in the transaction.
 */
public class PoisonPassageTrigger implements Trigger {

    static final AtomicInteger PASSAGES_WRITTEN_BEFORE_FAILURE = new AtomicInteger(-1);

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        long articleId = ((Number) newRow[1]).longValue();
        int ordinal = ((Number) newRow[2]).intValue();
        if (ordinal != 2 || !isPoison(connection, articleId)) {
            return;
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM passage WHERE article_id = ?")) {
            count.setLong(1, articleId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                PASSAGES_WRITTEN_BEFORE_FAILURE.set(rs.getInt(1));
            }
        }
        throw new SQLException("injected failure after passages were written");
    }

    private static boolean isPoison(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT source_name FROM article WHERE id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1).startsWith("poison");
            }
        }
    }
}
