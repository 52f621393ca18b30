package org.newsatlas.gazetteer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.newsatlas.store.JobLocks;
import org.newsatlas.store.StoredGeometry;

/**
 * Writes the places and names a loader hands it ({@link GazetteerSink}) into gazetteer_place and gazetteer_name
 * of the gazetteer's own H2 file ({@link GazetteerDatabase}) with JDBC batches, committing every {@link #BATCH} rows
 * so the transaction stays small. A name repeated for the same place (own name = ASCII name, the same key twice) is
 * written once. Not thread-safe; one use.
 */
public final class GazetteerTableWriter implements GazetteerSink, AutoCloseable {

    static final int BATCH = 5_000;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final Connection connection;
    private final PreparedStatement places;
    private final PreparedStatement names;
    private final List<String> ids = new ArrayList<>();
    private final Set<String> keysOfCurrentPlace = new HashSet<>();
    private int currentPlace = -1;
    private int placeCount;
    private int nameCount;
    private int pending;

    /** Thrown from the sink methods when the import is abandoned (the app is stopping). */
    public static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("gazetteer import abandoned", null, false, false);
        }
    }

    private final BooleanSupplier abandon;
    /** The import lock, released when the writer closes. */
    private final JobLocks.Held importing;

    GazetteerTableWriter(Connection connection, BooleanSupplier abandon, JobLocks.Held importing)
            throws SQLException {
        this.connection = connection;
        this.abandon = abandon;
        this.importing = importing;
        this.places = connection.prepareStatement("""
                INSERT INTO gazetteer_place (id, name, kind, feature_code, country_code, admin1_code, population, geom)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS GEOMETRY))""");
        this.names = connection.prepareStatement(
                "INSERT INTO gazetteer_name (place_id, name, name_key, match_type) VALUES (?, ?, ?, ?)");
    }

    @Override
    public void place(int number, Place place) {
        while (ids.size() <= number) {
            ids.add(null);
        }
        ids.set(number, place.id());
        try {
            places.setString(1, place.id());
            places.setString(2, truncate(place.name()));
            places.setString(3, place.kind().name().toLowerCase(Locale.ROOT));
            places.setString(4, place.featureCode());
            places.setString(5, place.countryCode());
            places.setString(6, place.admin1Key());
            places.setLong(7, place.population());
            places.setBytes(8, StoredGeometry.parameter(WGS84.createPoint(new Coordinate(place.lon(), place.lat()))));
            places.addBatch();
            placeCount++;
            countPending();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing gazetteer place " + place.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void name(int placeNumber, String name, String key, MatchType type) {
        if (placeNumber != currentPlace) {
            currentPlace = placeNumber;
            keysOfCurrentPlace.clear();
        }
        if (key.isEmpty() || !keysOfCurrentPlace.add(key + '\t' + type.ordinal())) {
            return;
        }
        try {
            names.setString(1, ids.get(placeNumber));
            names.setString(2, truncate(name));
            names.setString(3, truncate(key));
            names.setString(4, type.name().toLowerCase(Locale.ROOT));
            names.addBatch();
            nameCount++;
            countPending();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing a gazetteer name of " + ids.get(placeNumber) + ": "
                    + e.getMessage(), e);
        }
    }

    private void countPending() throws SQLException {
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (abandon.getAsBoolean()) {
            throw new Abandoned();
        }
        places.executeBatch();
        names.executeBatch();
        connection.commit();
        pending = 0;
    }

    /** Writes what is pending and the version row, and commits. */
    public void finish(String fingerprint, long importMillis) throws SQLException {
        flush();
        try (PreparedStatement version = connection.prepareStatement("""
                INSERT INTO gazetteer_version (fingerprint, place_count, name_count, import_millis)
                VALUES (?, ?, ?, ?)""")) {
            version.setString(1, fingerprint);
            version.setInt(2, placeCount);
            version.setInt(3, nameCount);
            version.setLong(4, importMillis);
            version.executeUpdate();
            connection.commit();
        }
    }

    public int placeCount() {
        return placeCount;
    }

    public int nameCount() {
        return nameCount;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } finally {
            try {
                places.close();
                names.close();
                connection.close();
            } finally {
                importing.close();
            }
        }
    }

    private static String truncate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300);
    }
}
