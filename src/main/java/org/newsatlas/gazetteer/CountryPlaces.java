package org.newsatlas.gazetteer;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.newsatlas.geodata.CountryNameRow;
import org.newsatlas.geodata.Geodata;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.feature.FeatureIterator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Adds one {@link PlaceKind#COUNTRY} place per row of country-names.tsv that has an outline in
 * countries.geojson, at GeoNames' representative point (country-names.tsv; else the JTS centroid of its largest
 * polygon), named by its ISO and Natural Earth names
 * and alternate names (plus country-alternate-names.tsv beside this class), with its demonyms ({@link Demonyms}) as associative names.
 */
final class CountryPlaces {

    private record Outline(String name, String nameNe, double lat, double lon) {
    }

    void load(Geodata geodata, InMemoryGazetteer.Builder builder) throws IOException {
        Map<String, Outline> outlines = outlines(geodata);
        Map<String, String> extraNames = new HashMap<>();
        for (String[] f : CuratedPlaces.resourceRows("country-alternate-names.tsv")) {
            extraNames.put(f[0], f[1]);
        }
        for (CountryNameRow row : geodata.countryNames()) {
            Outline outline = outlines.get(row.isoA2());
            if (outline != null) {
                // GeoNames' point where known: gazetteer-based annotations and readers expect "Russia" at
                // 60 N 100 E, not at the centroid of its largest polygon (~260 km away)
                int n = add(builder, row, outline.name(), outline.nameNe(),
                        row.hasPoint() ? row.latitude() : outline.lat(), row.hasPoint() ? row.longitude() : outline.lon());
                for (String name : extraNames.getOrDefault(row.isoA2(), "").split("\\|")) {
                    builder.name(n, name, MatchType.ALTERNATE_NAME);
                }
            }
        }
    }

    /** Adds the country of a names row, shown as {@code name}, with its names and demonyms; returns its number. */
    static int add(InMemoryGazetteer.Builder builder, CountryNameRow row, String name, String nameNe, double lat,
                   double lon) {
        String code = row.isoA2();
        int n = builder.add(new Place("country:" + code, name, PlaceKind.COUNTRY, code, null, "PCLI", lat, lon, 0));
        builder.name(n, name, MatchType.NAME);
        for (String other : new String[] {row.name(), nameNe}) {
            builder.name(n, other, MatchType.ALTERNATE_NAME);
            builder.name(n, other.replace(" of the ", " of "), MatchType.ALTERNATE_NAME);
            int comma = other.indexOf(", ");
            if (comma > 0) {
                builder.name(n, other.substring(0, comma), MatchType.ALTERNATE_NAME);
            }
        }
        for (String alternate : row.alternateNames()) {
            builder.name(n, alternate, MatchType.ALTERNATE_NAME);
        }
        for (String demonym : Demonyms.of(name, row.demonym())) {
            builder.name(n, demonym, MatchType.ASSOCIATIVE);
        }
        return n;
    }

    /** The outlines of countries.geojson, as read once by {@link Geodata} (the layers use the same features). */
    private static Map<String, Outline> outlines(Geodata geodata) throws IOException {
        Map<String, Outline> out = new HashMap<>();
        try (FeatureIterator<SimpleFeature> it = geodata.countries().features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                if (f.getAttribute("iso_a2") != null) {
                    Coordinate c = largestPolygonCentroid((Geometry) f.getDefaultGeometry());
                    out.put((String) f.getAttribute("iso_a2"), new Outline((String) f.getAttribute("name"),
                            (String) f.getAttribute("name_ne"), c.getY(), c.getX()));
                }
            }
        }
        return out;
    }

    /**
     * The centroid of the largest outer ring (planar, in degrees; holes ignored; a ring spanning the antimeridian,
     * as Russia's and Fiji's run from -180 to 180, is unwrapped first by moving its western longitudes past 180).
     */
    static Coordinate largestPolygonCentroid(Geometry geometry) {
        Polygon best = null;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            Polygon shell = unwrapped(polygon.getFactory().createPolygon(polygon.getExteriorRing().getCoordinates()));
            if (best == null || shell.getArea() > best.getArea()) {
                best = shell;
            }
        }
        Coordinate c = best.getCentroid().getCoordinate();
        return new Coordinate(c.getX() > 180 ? c.getX() - 360 : c.getX(), c.getY());
    }

    private static Polygon unwrapped(Polygon shell) {
        if (shell.getEnvelopeInternal().getWidth() <= 180) {
            return shell;
        }
        Polygon copy = (Polygon) shell.copy();
        copy.apply((CoordinateFilter) c -> c.setX(c.getX() < 0 ? c.getX() + 360 : c.getX()));
        copy.geometryChanged();
        return copy;
    }
}
