package org.newsatlas.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.newsatlas.geodata.CountryNameRow;
import org.newsatlas.geodata.Geodata;

/**
 * Adds one {@link PlaceKind#COUNTRY} place per row of country-names.tsv that has an outline in
 * countries.geojson, at GeoNames' representative point (country-names.tsv; else the centroid of its largest
 * polygon), named by its ISO and Natural Earth names
 * and alternate names (plus country-alternate-names.tsv beside this class), with its demonyms ({@link Demonyms}) as associative names.
 */
final class CountryPlaces {

    private record Outline(String name, String nameNe, double lat, double lon) {
    }

    private final ObjectMapper json = new ObjectMapper();

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

    /** Read with Jackson, not as GeoTools features: only each country's largest ring is needed. */
    private Map<String, Outline> outlines(Geodata geodata) throws IOException {
        Map<String, Outline> out = new HashMap<>();
        try (InputStream in = geodata.open(Geodata.COUNTRIES)) {
            for (JsonNode feature : json.readTree(in).get("features")) {
                JsonNode p = feature.get("properties");
                if (p.hasNonNull("iso_a2")) {
                    double[] c = largestPolygonCentroid(feature.get("geometry"));
                    out.put(p.get("iso_a2").asText(), new Outline(p.get("name").asText(),
                            p.get("name_ne").asText(), c[1], c[0]));
                }
            }
        }
        return out;
    }

    /**
     * {lon, lat, area} of the area centroid of the largest outer ring (planar, in degrees; rings spanning the
     * antimeridian are unwrapped first).
     */
    static double[] largestPolygonCentroid(JsonNode geometry) {
        JsonNode coordinates = geometry.get("coordinates");
        boolean multi = "MultiPolygon".equals(geometry.get("type").asText());
        double[] best = null;
        double bestArea = -1;
        for (int i = 0; i < (multi ? coordinates.size() : 1); i++) {
            JsonNode ring = (multi ? coordinates.get(i) : coordinates).get(0);
            double[] c = ringCentroid(ring);
            if (Math.abs(c[2]) > bestArea) {
                bestArea = Math.abs(c[2]);
                best = c;
            }
        }
        return best;
    }

    private static double[] ringCentroid(JsonNode ring) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (JsonNode p : ring) {
            minX = Math.min(minX, p.get(0).asDouble());
            maxX = Math.max(maxX, p.get(0).asDouble());
        }
        boolean crossesAntimeridian = maxX - minX > 180;
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            double x0 = unwrap(ring.get(i).get(0).asDouble(), crossesAntimeridian);
            double y0 = ring.get(i).get(1).asDouble();
            double x1 = unwrap(ring.get(i + 1).get(0).asDouble(), crossesAntimeridian);
            double y1 = ring.get(i + 1).get(1).asDouble();
            double cross = x0 * y1 - x1 * y0;
            area += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        if (area == 0) {
            return new double[] {ring.get(0).get(0).asDouble(), ring.get(0).get(1).asDouble(), 0};
        }
        double lon = cx / (3 * area);
        return new double[] {lon > 180 ? lon - 360 : lon, cy / (3 * area), area / 2};
    }

    /** Russia's and Fiji's rings run from -180 to 180: their western longitudes are moved past 180. */
    private static double unwrap(double lon, boolean crossesAntimeridian) {
        return crossesAntimeridian && lon < 0 ? lon + 360 : lon;
    }
}
