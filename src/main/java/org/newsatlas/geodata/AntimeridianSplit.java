package org.newsatlas.geodata;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Splits polygons whose rings jump across the antimeridian (a ring holding both -180 and 180, as some Natural
 * Earth shapes do after TopoJSON decoding) into parts on either side, as RFC 7946 asks. Drawn as they were,
 * such rings streak across the whole map.
 */
public final class AntimeridianSplit {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final Geometry WEST = FACTORY.toGeometry(new Envelope(-180, 180, -90, 90));
    private static final Geometry EAST = FACTORY.toGeometry(new Envelope(180, 540, -90, 90));
    private static final AffineTransformation BACK = AffineTransformation.translationInstance(-360, 0);

    private AntimeridianSplit() {
    }

    public static Geometry apply(Geometry geometry) {
        if (geometry == null || geometry.getEnvelopeInternal().getWidth() <= 180) {
            return geometry;
        }
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon && crosses(polygon)) {
                Geometry unwrapped = GeometryFixer.fix(unwrap(polygon));
                parts.add(unwrapped.intersection(WEST));
                parts.add(BACK.transform(unwrapped.intersection(EAST)));
            } else {
                parts.add(part);
            }
        }
        List<Polygon> polygons = new ArrayList<>();
        parts.forEach(part -> addPolygons(part, polygons));
        Geometry joined = FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        joined.setSRID(geometry.getSRID());
        return joined;
    }

    private static void addPolygons(Geometry geometry, List<Polygon> polygons) {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon && !polygon.isEmpty()) {
                polygons.add(polygon);
            } else if (part != geometry) {
                addPolygons(part, polygons);
            }
        }
    }

    /** A polygon (not a pole-enclosing one) whose shell spans more than half the globe. */
    private static boolean crosses(Polygon polygon) {
        Envelope e = polygon.getEnvelopeInternal();
        return e.getWidth() > 180 && e.getMinY() > -85;
    }

    private static Polygon unwrap(Polygon polygon) {
        LinearRing shell = unwrap(polygon.getExteriorRing().getCoordinates());
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = unwrap(polygon.getInteriorRingN(i).getCoordinates());
        }
        return FACTORY.createPolygon(shell, holes);
    }

    /** Follows the ring: after each jump across the antimeridian the next points move by 360 (east of 180). */
    private static LinearRing unwrap(Coordinate[] coordinates) {
        Coordinate[] shifted = new Coordinate[coordinates.length];
        double shift = 0;
        for (int i = 0; i < coordinates.length; i++) {
            Coordinate c = coordinates[i];
            if (i > 0) {
                double step = c.x - coordinates[i - 1].x;
                shift += step > 180 ? -360 : step < -180 ? 360 : 0;
            }
            shifted[i] = new Coordinate(c.x + shift, c.y);
        }
        double minX = java.util.Arrays.stream(shifted).mapToDouble(c -> c.x).min().orElse(0);
        double back = minX < -180 ? 360 : 0;
        for (Coordinate c : shifted) {
            c.x += back;
        }
        return FACTORY.createLinearRing(shifted);
    }
}
