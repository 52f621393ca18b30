package org.newsatlas.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsatlas.geodata.Geodata;

/**
 * The hand-made parts: curated.geojson (regions, rivers, places GeoNames lacks), extra-places.tsv (beside
 * this class: continents, oceans and seas, the UK's nations, which no geodata file has) and, from
 * capitals.geojson, the declared capitals GeoNames does not code as PPLC (Jerusalem, Ramallah...).
 */
final class CuratedPlaces {

    private final ObjectMapper json = new ObjectMapper();

    /** Adds curated places and continents; returns the geonameids of declared capitals. */
    Set<Long> loadAndListDeclaredCapitals(Geodata geodata, InMemoryGazetteer.Builder builder)
            throws IOException {
        loadCurated(geodata, builder);
        loadExtraPlaces(builder);
        Set<Long> declared = new HashSet<>();
        try (InputStream in = geodata.open(Geodata.CAPITALS)) {
            for (JsonNode feature : json.readTree(in).get("features")) {
                JsonNode p = feature.get("properties");
                if ("declared_capital".equals(p.get("role").asText())) {
                    declared.add(p.get("geonameid").asLong());
                }
            }
        }
        return declared;
    }

    private void loadCurated(Geodata geodata, InMemoryGazetteer.Builder builder) throws IOException {
        try (InputStream in = geodata.open(Geodata.CURATED)) {
            for (JsonNode feature : json.readTree(in).get("features")) {
                JsonNode p = feature.get("properties");
                String name = p.get("name").asText();
                String kind = p.get("kind").asText();
                double[] point = representativePoint(feature.get("geometry"));
                Place place = new Place("curated:" + slug(name), name, kindOf(kind), text(p, "country_code"),
                        text(p, "admin1_code"), kind.equals("place") ? text(p, "feature_code") : kind.toUpperCase(
                        Locale.ROOT), point[1], point[0], 0);
                int n = builder.add(place);
                builder.name(n, name, MatchType.NAME);
                for (String alternate : p.path("alternatenames").asText("").split("\\|")) {
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

    /** A Point's coordinates, or the middle vertex of the longest line of a (Multi)LineString. */
    private static double[] representativePoint(JsonNode geometry) {
        JsonNode c = geometry.get("coordinates");
        switch (geometry.get("type").asText()) {
            case "Point":
                return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
            case "LineString":
                return middle(c);
            default:
                JsonNode longest = c.get(0);
                for (JsonNode line : c) {
                    longest = line.size() > longest.size() ? line : longest;
                }
                return middle(longest);
        }
    }

    private static double[] middle(JsonNode line) {
        JsonNode p = line.get(line.size() / 2);
        return new double[] {p.get(0).asDouble(), p.get(1).asDouble()};
    }

    private static String text(JsonNode p, String field) {
        return p.hasNonNull(field) && !p.get(field).asText().isEmpty() ? p.get(field).asText() : null;
    }

    static String slug(String name) {
        return NameKey.normalize(name).replace(' ', '-');
    }
}
