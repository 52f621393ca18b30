package org.newsatlas.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Adds one {@link PlaceKind#COUNTRY} place per row of country-names.tsv that has an outline in
 * countries.geojson, at the centroid of its largest polygon, named by its ISO and Natural Earth names
 * and alternate names (plus country-alternate-names.tsv beside this class), with its demonyms ({@link Demonyms}) as associative names.
 */
final class CountryPlaces {

    private record Outline(String name, String nameNe, double lat, double lon) {
    }

    private final ObjectMapper json = new ObjectMapper();

    void load(GeodataSource source, InMemoryGazetteer.Builder builder) throws IOException {
        Map<String, Outline> outlines = outlines(source);
        Map<String, String> extraNames = new HashMap<>();
        for (String[] f : CuratedPlaces.resourceRows("country-alternate-names.tsv")) {
            extraNames.put(f[0], f[1]);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(source.open("country-names.tsv"),
                StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                Outline outline = outlines.get(f[0]);
                if (outline != null) {
                    int n = add(builder, f, outline);
                    for (String name : extraNames.getOrDefault(f[0], "").split("\\|")) {
                        builder.name(n, name, MatchType.ALTERNATE_NAME);
                    }
                }
            }
        }
    }

    private int add(InMemoryGazetteer.Builder builder, String[] f, Outline outline) {
        int n = builder.add(new Place("country:" + f[0], outline.name(), PlaceKind.COUNTRY, f[0], null, "PCLI",
                outline.lat(), outline.lon(), 0));
        builder.name(n, outline.name(), MatchType.NAME);
        for (String name : new String[] {f[3], outline.nameNe()}) {
            builder.name(n, name, MatchType.ALTERNATE_NAME);
            builder.name(n, name.replace(" of the ", " of "), MatchType.ALTERNATE_NAME);
            int comma = name.indexOf(", ");
            if (comma > 0) {
                builder.name(n, name.substring(0, comma), MatchType.ALTERNATE_NAME);
            }
        }
        for (String alternate : f[4].split("\\|")) {
            builder.name(n, alternate, MatchType.ALTERNATE_NAME);
        }
        for (String demonym : Demonyms.of(outline.name(), f[5])) {
            builder.name(n, demonym, MatchType.ASSOCIATIVE);
        }
        return n;
    }

    private Map<String, Outline> outlines(GeodataSource source) throws IOException {
        Map<String, Outline> out = new HashMap<>();
        try (InputStream in = source.open("countries.geojson")) {
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

    /** {lon, lat} of the area centroid of the largest outer ring (planar, in degrees). */
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
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            double x0 = ring.get(i).get(0).asDouble();
            double y0 = ring.get(i).get(1).asDouble();
            double x1 = ring.get(i + 1).get(0).asDouble();
            double y1 = ring.get(i + 1).get(1).asDouble();
            double cross = x0 * y1 - x1 * y0;
            area += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        if (area == 0) {
            return new double[] {ring.get(0).get(0).asDouble(), ring.get(0).get(1).asDouble(), 0};
        }
        return new double[] {cx / (3 * area), cy / (3 * area), area / 2};
    }
}
