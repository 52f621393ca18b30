package org.newsatlas.geodata;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Turns one GeoJSON geometry object (already parsed by Jackson) into a JTS geometry, x = longitude.
 * Written here because JTS's own GeoJsonReader lives in jts-io-common, which is not on the classpath.
 */
public final class GeoJsonGeometryParser {

    public static final int WGS84_SRID = 4326;

    private final GeometryFactory factory;

    public GeoJsonGeometryParser() {
        this(new GeometryFactory(new PrecisionModel(), WGS84_SRID));
    }

    public GeoJsonGeometryParser(GeometryFactory factory) {
        this.factory = factory;
    }

    /** Returns null for a JSON null or missing geometry. */
    public Geometry parse(JsonNode geometry) {
        if (geometry == null || geometry.isNull()) {
            return null;
        }
        String type = geometry.path("type").asText();
        JsonNode c = geometry.path("coordinates");
        return switch (type) {
            case "Point" -> factory.createPoint(coordinate(c));
            case "MultiPoint" -> factory.createMultiPoint(points(c));
            case "LineString" -> factory.createLineString(coordinates(c));
            case "MultiLineString" -> factory.createMultiLineString(lineStrings(c));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> factory.createMultiPolygon(polygons(c));
            case "GeometryCollection" -> collection(geometry.path("geometries"));
            default -> throw new IllegalArgumentException("Unknown GeoJSON geometry type: '" + type + "'");
        };
    }

    private Coordinate coordinate(JsonNode position) {
        return new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
    }

    private Coordinate[] coordinates(JsonNode positions) {
        Coordinate[] out = new Coordinate[positions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = coordinate(positions.get(i));
        }
        return out;
    }

    private Point[] points(JsonNode positions) {
        Point[] out = new Point[positions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = factory.createPoint(coordinate(positions.get(i)));
        }
        return out;
    }

    private LineString[] lineStrings(JsonNode lines) {
        LineString[] out = new LineString[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = factory.createLineString(coordinates(lines.get(i)));
        }
        return out;
    }

    private Polygon polygon(JsonNode rings) {
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = factory.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(coordinates(rings.get(i)));
        }
        return factory.createPolygon(shell, holes);
    }

    private Polygon[] polygons(JsonNode polygons) {
        Polygon[] out = new Polygon[polygons.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = polygon(polygons.get(i));
        }
        return out;
    }

    private Geometry collection(JsonNode geometries) {
        Geometry[] out = new Geometry[geometries.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = parse(geometries.get(i));
        }
        return factory.createGeometryCollection(out);
    }
}
