package org.newsatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Geometries to and from the store in one form for H2 and PostGIS: written as extended WKB (with the SRID) through
 * {@value #PARAMETER}, which both cast to their geometry type; read from what either driver returns (H2: a JTS
 * geometry; PostgreSQL: its hex EWKB text).
 */
public final class StoredGeometry {

    /** The SQL of a geometry parameter, bound with {@link #parameter(Geometry)}. */
    public static final String PARAMETER = "CAST(? AS GEOMETRY)";

    private StoredGeometry() {
    }

    /** The named-parameter form of {@link #PARAMETER}. */
    public static String parameter(String name) {
        return "CAST(:" + name + " AS GEOMETRY)";
    }

    /** The value of a geometry parameter: extended WKB with the geometry's SRID. */
    public static byte[] parameter(Geometry geometry) {
        return new WKBWriter(2, geometry.getSRID() != 0).write(geometry);
    }

    /** The geometry in column {@code column} of the current row. */
    public static Geometry read(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null || value instanceof Geometry) {
            return (Geometry) value;
        }
        try {
            return new WKBReader().read(WKBReader.hexToBytes(value.toString()));
        } catch (ParseException | RuntimeException e) {
            throw new SQLException("column " + column + " holds no geometry the app reads: " + e.getMessage(), e);
        }
    }
}
