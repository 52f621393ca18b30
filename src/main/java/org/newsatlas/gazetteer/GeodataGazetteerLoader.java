package org.newsatlas.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link InMemoryGazetteer} from geodata/ (columns in geodata/README.md): countries with their
 * names and demonyms, Natural Earth admin-1 units, GeoNames cities500 with alternate names, declared
 * capitals, the curated regions/rivers/places and a tiny continent list. Strings that repeat (codes) are
 * interned through one pool; alternate names are only hashed, never kept.
 */
public final class GeodataGazetteerLoader {

    private final GeodataSource source;
    private final Map<String, String> pool = new HashMap<>();

    public GeodataGazetteerLoader(GeodataSource source) {
        this.source = source;
    }

    public InMemoryGazetteer load() throws IOException {
        InMemoryGazetteer.Builder builder = new InMemoryGazetteer.Builder();
        new CountryPlaces().load(source, builder);
        loadAdmin1(builder);
        Set<Long> declaredCapitals = new CuratedPlaces().loadAndListDeclaredCapitals(source, builder);
        loadCities(builder, declaredCapitals);
        return builder.build();
    }

    private void loadAdmin1(InMemoryGazetteer.Builder builder) throws IOException {
        Map<String, Integer> codeUses = new HashMap<>();
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        forEachRow("admin1.tsv.gz", f -> {
            rows.add(f);
            codeUses.merge(f[0], 1, Integer::sum);
        });
        for (String[] f : rows) {
            boolean uniqueCode = !f[0].isEmpty() && codeUses.get(f[0]) == 1;
            String key = uniqueCode ? intern(f[0]) : null;
            String id = "admin1:" + (uniqueCode ? f[0] : f[1].isEmpty() ? "ne" + f[9] : f[1]);
            int n = builder.add(new Place(id, f[3], PlaceKind.ADMIN1, intern(f[2]), key, "ADM1",
                    Double.parseDouble(f[7]), Double.parseDouble(f[8]), 0));
            nameWithoutSuffix(builder, n, f[3], MatchType.NAME);
            for (String alternate : f[4].split("\\|")) {
                nameWithoutSuffix(builder, n, alternate, MatchType.ALTERNATE_NAME);
            }
        }
    }

    private void nameWithoutSuffix(InMemoryGazetteer.Builder builder, int n, String name, MatchType type) {
        builder.name(n, name, type);
        String stripped = PlaceNameSuffixes.strip(name);
        if (!stripped.equals(name)) {
            builder.name(n, stripped, MatchType.ALTERNATE_NAME);
        }
    }

    private void loadCities(InMemoryGazetteer.Builder builder, Set<Long> declaredCapitals) throws IOException {
        forEachRow("gazetteer.tsv.gz", f -> {
            long geonameId = Long.parseLong(f[0]);
            String code = declaredCapitals.contains(geonameId) ? "PPLC" : intern(f[7]);
            String admin1 = f[9].isEmpty() ? null : intern(f[8] + "." + f[9]);
            int n = builder.add(new Place("gn:" + f[0], f[1], PlaceKind.CITY, intern(f[8]), admin1, code,
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[10].isEmpty() ? 0 : Long.parseLong(f[10])));
            builder.name(n, f[1], MatchType.NAME);
            if (!f[2].equals(f[1])) {
                builder.name(n, f[2], MatchType.NAME);
            }
            alternates(builder, n, f[3]);
        });
    }

    /** GeoNames alternate names; lower-case ones are romanisations of other scripts and are skipped. */
    private static void alternates(InMemoryGazetteer.Builder builder, int n, String field) {
        int start = 0;
        while (start < field.length()) {
            int comma = field.indexOf(',', start);
            int end = comma < 0 ? field.length() : comma;
            if (end > start && Character.isUpperCase(field.charAt(start))) {
                builder.name(n, field.substring(start, end), MatchType.ALTERNATE_NAME);
            }
            start = end + 1;
        }
    }

    private void forEachRow(String file, java.util.function.Consumer<String[]> row) throws IOException {
        try (InputStream raw = source.open(file);
             BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isEmpty()) {
                    row.accept(line.split("\t", -1));
                }
            }
        }
    }

    private String intern(String s) {
        return pool.computeIfAbsent(s, k -> k);
    }
}
