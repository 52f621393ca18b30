package org.newsatlas.gazetteer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored gazetteer (V4__gazetteer.sql): its version row, and bulk replacement of its places and names. */
@Repository
public class GazetteerRepository {

    /** What the gazetteer tables hold. */
    public record StoredVersion(String fingerprint, int placeCount, int nameCount, long importMillis,
                                OffsetDateTime importedAt) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public GazetteerRepository(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    public Optional<StoredVersion> version() {
        return jdbc.sql("SELECT fingerprint, place_count, name_count, import_millis, imported_at FROM gazetteer_version")
                .query((rs, row) -> new StoredVersion(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .optional();
    }

    /**
     * Empties the gazetteer tables (version row first, committed: an interrupted import is redone at the next
     * start) and returns a writer that refills them in batches; {@link GazetteerTableWriter#finish} records the
     * version. {@code abandon} is asked before each batch: true stops the import.
     */
    public GazetteerTableWriter replace(java.util.function.BooleanSupplier abandon) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("DELETE FROM gazetteer_version");
                s.executeUpdate("TRUNCATE TABLE gazetteer_name");
                s.executeUpdate("TRUNCATE TABLE gazetteer_place");
            }
            connection.commit();
            return new GazetteerTableWriter(connection, abandon);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
