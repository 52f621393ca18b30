package org.newsatlas.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsatlas.geodata.Geodata;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.feature.FeatureIterator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The hand-made parts: curated.geojson (regions, rivers, places GeoNames lacks), extra-places.tsv (beside
 * this class: continents, oceans and seas, the UK's nations, which no geodata file has) and, from
 * capitals.geojson, the declared capitals GeoNames does not code as PPLC (Jerusalem, Ramallah...).
 */
final class CuratedPlaces {

    /** Adds curated places and continents; returns the geonameids of declared capitals. */
    Set<Long> loadAndListDeclaredCapitals(Geodata geodata, InMemoryGazetteer.Builder builder)
            throws IOException {
        loadCurated(geodata, builder);
        loadExtraPlaces(builder);
        Set<Long> declared = new HashSet<>();
        try (FeatureIterator<SimpleFeature> it = geodata.capitals().features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                if ("declared_capital".equals(f.getAttribute("role"))) {
                    declared.add(((Number) f.getAttribute("geonameid")).longValue());
                }
            }
        }
        return declared;
    }

    private void loadCurated(Geodata geodata, InMemoryGazetteer.Builder builder) throws IOException {
        try (FeatureIterator<SimpleFeature> it = geodata.curated().features()) {
            while (it.hasNext()) {
                SimpleFeature p = it.next();
                String name = text(p, "name");
                String kind = text(p, "kind");
                Coordinate point = representativePoint((Geometry) p.getDefaultGeometry());
                Place place = new Place("curated:" + slug(name), name, kindOf(kind), text(p, "country_code"),
                        text(p, "admin1_code"), kind.equals("place") ? text(p, "feature_code") : kind.toUpperCase(
                        Locale.ROOT), point.getY(), point.getX(), 0);
                int n = builder.add(place);
                builder.name(n, name, MatchType.NAME);
                String alternates = text(p, "alternatenames");
                for (String alternate : (alternates == null ? "" : alternates).split("\\|")) {
                    builder.name(n, alternate, MatchType.ALTERNATE_NAME);
                }
            }
        }
    }

    private void loadExtraPlaces(InMemoryGazetteer.Builder builder) throws IOException {
        for (String[] f : resourceRows("extra-places.tsv")) {
            PlaceKind kind = PlaceKind.valueOf(f[1]);
            int n = builder.add(new Place((kind == PlaceKind.CONTINENT ? "continent:" : "curated:") + slug(f[0]), f[0],
                    kind, f[2].isEmpty() ? null : f[2], null, kind == PlaceKind.CONTINENT ? "CONT" : kind.name(),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), 0));
            builder.name(n, f[0], MatchType.NAME);
            for (String alternate : f[3].split("\\|")) {
                builder.name(n, alternate, MatchType.ALTERNATE_NAME);
            }
        }
    }

    /** Rows of a tab-separated resource beside this class; '#' lines are comments. */
    static java.util.List<String[]> resourceRows(String name) throws IOException {
        InputStream raw = CuratedPlaces.class.getResourceAsStream(name);
        if (raw == null) {
            throw new IOException(name + " missing beside " + CuratedPlaces.class.getName());
        }
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    private static PlaceKind kindOf(String kind) {
        return switch (kind) {
            case "region" -> PlaceKind.REGION;
            case "river" -> PlaceKind.FEATURE;
            default -> PlaceKind.CITY;
        };
    }

    /** A Point's coordinate, or the middle vertex of the longest line (most vertices) of a (Multi)LineString. */
    private static Coordinate representativePoint(Geometry geometry) {
        Geometry longest = geometry.getGeometryN(0);
        for (int i = 1; i < geometry.getNumGeometries(); i++) {
            Geometry line = geometry.getGeometryN(i);
            longest = line.getNumPoints() > longest.getNumPoints() ? line : longest;
        }
        return longest.getCoordinates()[longest.getNumPoints() / 2];
    }

    /** The attribute as text, or null where it is missing or empty. */
    private static String text(SimpleFeature f, String field) {
        Object value = f.getAttribute(field);
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    static String slug(String name) {
        return NameKey.normalize(name).replace(' ', '-');
    }
}
