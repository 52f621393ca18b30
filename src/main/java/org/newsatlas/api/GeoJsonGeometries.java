package org.newsatlas.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** JTS geometry (x = longitude) to a GeoJSON geometry object, as maps and lists for Jackson. */
public final class GeoJsonGeometries {

    private GeoJsonGeometries() {
    }

    public static Map<String, Object> toMap(Geometry g) {
        if (g == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", g.getGeometryType());
        if (g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon) {
            List<Object> parts = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(coordinates(g.getGeometryN(i)));
            }
            out.put("coordinates", parts);
        } else if (g instanceof GeometryCollection) {
            List<Object> members = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                members.add(toMap(g.getGeometryN(i)));
            }
            out.put("geometries", members);
        } else {
            out.put("coordinates", coordinates(g));
        }
        return out;
    }

    private static Object coordinates(Geometry g) {
        if (g instanceof Point p) {
            return p.isEmpty() ? List.of() : position(p.getCoordinate());
        }
        if (g instanceof LineString line) {
            return positions(line.getCoordinates());
        }
        Polygon polygon = (Polygon) g;
        List<Object> rings = new ArrayList<>();
        rings.add(positions(polygon.getExteriorRing().getCoordinates()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static List<double[]> positions(Coordinate[] coordinates) {
        List<double[]> out = new ArrayList<>(coordinates.length);
        for (Coordinate c : coordinates) {
            out.add(position(c));
        }
        return out;
    }

    private static double[] position(Coordinate c) {
        return new double[] {c.getX(), c.getY()};
    }
}
