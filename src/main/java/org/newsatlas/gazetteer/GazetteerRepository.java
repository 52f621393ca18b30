package org.newsatlas.gazetteer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The gazetteer's copy ({@link GazetteerDatabase}, db/gazetteer/schema.sql): its version row, and bulk replacement of
 * its places and names.
 */
@Repository
public class GazetteerRepository {

    /** What the gazetteer tables hold. */
    public record StoredVersion(String fingerprint, int placeCount, int nameCount, long importMillis,
                                OffsetDateTime importedAt) {
    }

    private final GazetteerDatabase database;

    public GazetteerRepository(GazetteerDatabase database) {
        this.database = database;
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(database.dataSource());
    }

    public Optional<StoredVersion> version() {
        return jdbc().sql("SELECT fingerprint, place_count, name_count, import_millis, imported_at FROM gazetteer_version")
                .query((rs, row) -> new StoredVersion(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .optional();
    }

    /**
     * Ids of the places one of whose names starts with these words (normalised as the geoparser matches:
     * "ushu" finds Ushuaia): places whose own name starts so first, then those with such an alternate name,
     * each most populous first. Reads the stored copy: call it once {@link GazetteerStore#stored()}
     * says the copy is current. The name index serves the prefix as a range.
     */
    public List<String> placeIdsByNamePrefix(String name, int limit) {
        String key = NameKey.normalize(name);
        if (key.isEmpty()) {
            return List.of();
        }
        String pattern = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc().sql("""
                        SELECT p.id FROM gazetteer_place p JOIN (
                            SELECT place_id, MIN(CASE WHEN match_type = 'name' THEN 0 ELSE 1 END) AS alternate
                            FROM gazetteer_name WHERE name_key LIKE ? ESCAPE '\\' GROUP BY place_id) n
                          ON n.place_id = p.id
                        ORDER BY n.alternate, p.population DESC, p.id LIMIT ?""")
                .param(pattern).param(limit).query(String.class).list();
    }

    /**
     * Empties the gazetteer tables (version row first, committed: an interrupted import is redone at the next
     * start) and returns a writer that refills them in batches; {@link GazetteerTableWriter#finish} records the
     * version. {@code abandon} is asked before each batch: true stops the import.
     */
    public GazetteerTableWriter replace(java.util.function.BooleanSupplier abandon) throws SQLException {
        Connection connection = database.dataSource().getConnection();
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("DELETE FROM gazetteer_version");
                connection.commit();
                s.executeUpdate("TRUNCATE TABLE gazetteer_name");
                s.executeUpdate("TRUNCATE TABLE gazetteer_place");
                connection.commit();
            }
            return new GazetteerTableWriter(connection, abandon);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
