package org.newsatlas.gazetteer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.newsatlas.store.JobLocks;
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

    private final JobLocks locks;

    public GazetteerRepository(GazetteerDatabase database, JobLocks locks) {
        this.database = database;
        this.locks = locks;
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
        // the names first (a range of their key's index), then their places by id: as one join H2 scanned every
        // place and looked its names up (1-4 s a lookup in the correction dialog)
        java.util.Map<String, Integer> alternate = new java.util.HashMap<>();
        jdbc().sql("""
                        SELECT place_id, MIN(CASE WHEN match_type = 'name' THEN 0 ELSE 1 END) FROM gazetteer_name
                        WHERE name_key LIKE ? ESCAPE '\\' GROUP BY place_id""")
                .param(pattern).query(rs -> {
                    alternate.put(rs.getString(1), rs.getInt(2));
                });
        record Found(String id, int alternate, long population) {
        }
        List<Found> found = new java.util.ArrayList<>(alternate.size());
        List<String> ids = List.copyOf(alternate.keySet());
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            jdbc().sql("SELECT id, population FROM gazetteer_place WHERE id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + ID_CHUNK)))
                    .query(rs -> {
                        found.add(new Found(rs.getString(1), alternate.get(rs.getString(1)), rs.getLong(2)));
                    });
        }
        return found.stream().sorted(java.util.Comparator.comparingInt(Found::alternate)
                        .thenComparing(Found::population, java.util.Comparator.reverseOrder())
                        .thenComparing(Found::id))
                .limit(limit).map(Found::id).toList();
    }

    /** Ids asked for in one IN list. */
    private static final int ID_CHUNK = 1_000;

    /**
     * Empties the gazetteer tables (version row first, committed: an interrupted import is redone at the next
     * start) and returns a writer that refills them in batches; {@link GazetteerTableWriter#finish} records the
     * version. {@code abandon} is asked before each batch: true stops the import. The writer holds the copy's
     * import lock ({@link GazetteerDatabase#IMPORT_JOB}: instances sharing a PostgreSQL store write it one at a
     * time) until it closes; empty when, once it had the lock, the copy already held {@code fingerprint}'s geodata
     * (another instance wrote it meanwhile).
     */
    public Optional<GazetteerTableWriter> replace(String fingerprint, java.util.function.BooleanSupplier abandon)
            throws SQLException {
        JobLocks.Held importing = locks.lock(GazetteerDatabase.IMPORT_JOB);
        try {
            if (version().filter(v -> v.fingerprint().equals(fingerprint)).isPresent()) {
                importing.close();
                return Optional.empty();
            }
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
                return Optional.of(new GazetteerTableWriter(connection, abandon, importing));
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            importing.close();
            throw e;
        }
    }
}
