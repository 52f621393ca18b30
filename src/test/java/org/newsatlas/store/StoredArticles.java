package org.newsatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an H2 data folder holds, article by article (keyed by file name): how many passages, passage months,
 * mentions, runner-up candidates and layer links each has; rows whose parent is missing; the gazetteer copy's
 * state. Read from a copy of the database file, so the folder is left exactly as the crash left it for the
 * next start of the app.
 */
record StoredArticles(Map<String, String> rowsByFile, long orphanRows, boolean gazetteerClosedCleanly) {

    private static final String PER_ARTICLE = """
            SELECT a.source_name,
              (SELECT COUNT(*) FROM passage p WHERE p.article_id = a.id),
              (SELECT COUNT(*) FROM passage_month m JOIN passage p ON p.id = m.passage_id WHERE p.article_id = a.id),
              (SELECT COUNT(*) FROM mention m JOIN passage p ON p.id = m.passage_id WHERE p.article_id = a.id),
              (SELECT COUNT(*) FROM mention_candidate c JOIN mention m ON m.id = c.mention_id
                 JOIN passage p ON p.id = m.passage_id WHERE p.article_id = a.id),
              (SELECT COUNT(*) FROM exercise_mention e JOIN passage p ON p.id = e.passage_id WHERE p.article_id = a.id),
              (SELECT COUNT(*) FROM border_mention b JOIN passage p ON p.id = b.passage_id WHERE p.article_id = a.id)
            FROM article a""";
    private static final String ORPHANS = """
            SELECT (SELECT COUNT(*) FROM passage p WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = p.article_id))
                 + (SELECT COUNT(*) FROM passage_month m WHERE NOT EXISTS (SELECT 1 FROM passage p WHERE p.id = m.passage_id))
                 + (SELECT COUNT(*) FROM mention m WHERE NOT EXISTS (SELECT 1 FROM passage p WHERE p.id = m.passage_id))
                 + (SELECT COUNT(*) FROM mention_candidate c WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.id = c.mention_id))""";

    static StoredArticles read(Path dataDir, Path scratch) throws IOException, SQLException {
        Path copy = Files.createTempDirectory(scratch, "copy-");
        Files.copy(dataDir.resolve("newsatlas.mv.db"), copy.resolve("newsatlas.mv.db"));
        try {
            return readCopy(copy, Files.exists(dataDir.resolve("gazetteer.closed")));
        } finally {
            try (var files = Files.list(copy)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(copy);
        }
    }

    private static StoredArticles readCopy(Path copy, boolean gazetteerClosedCleanly) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("newsatlas"), "sa", "");
             Statement sql = db.createStatement()) {
            Map<String, String> rows = new TreeMap<>();
            try (ResultSet rs = sql.executeQuery(PER_ARTICLE)) {
                while (rs.next()) {
                    rows.put(Path.of(rs.getString(1)).getFileName().toString(), "passages %d, months %d, mentions %d,"
                            .formatted(rs.getLong(2), rs.getLong(3), rs.getLong(4))
                            + " candidates %d, exercise links %d, border links %d"
                            .formatted(rs.getLong(5), rs.getLong(6), rs.getLong(7)));
                }
            }
            return new StoredArticles(rows, single(sql, ORPHANS), gazetteerClosedCleanly);
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
