package org.newsatlas.geoparse.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Writes the GeoNames allCountries-format file CLAVIN's index is built from, holding the places our
 * gazetteer holds: countries, admin-1 units, then GeoNames cities500 rows as they are. Country rows
 * are CLAVIN's own supplementary gazetteer rows (GeoNames ids, points, populations, formal names such
 * as "Arab Republic of Egypt") given their English short names (JDK ISO names plus
 * {@code geodata/country-names.tsv} when present). Admin-1 rows come from {@code geodata/admin1.tsv.gz}
 * when present, with made-up ids and, as population, the sum of their cities500 towns.
 */
final class ClavinGazetteerFile {

    private static final int ALTERNATES = 3, CODE = 7, COUNTRY = 8, ADMIN1 = 10, POPULATION = 14;
    private static final int FIRST_MADE_UP_ID = 2_000_000_000;
    /** CLAVIN's row parser needs every trailing column: a time zone and a modification date. */
    private static final String MODIFIED = "2024-01-01";

    private ClavinGazetteerFile() {
    }

    static Path write(Path target, Path cities500, Path geodataDirectory) {
        try {
            List<String> cities = Files.readAllLines(cities500, StandardCharsets.UTF_8);
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                for (String row : countryRows(countryNames(geodataDirectory.resolve("country-names.tsv")))) {
                    out.write(row + "\n");
                }
                for (String row : admin1Rows(geodataDirectory.resolve("admin1.tsv.gz"), cities)) {
                    out.write(row + "\n");
                }
                for (String row : cities) {
                    out.write(row + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CLAVIN's gazetteer " + target, e);
        }
        return target;
    }

    private static List<String> countryRows(Map<String, List<String>> namesByCountry) throws IOException {
        List<String> rows = new ArrayList<>();
        // from CLAVIN's jar, on the test classpath for this file and for compiling ClavinBridge
        try (InputStream in = ClavinGazetteerFile.class.getResourceAsStream("/SupplementaryGazetteer.txt")) {
            if (in == null) {
                throw new IOException("SupplementaryGazetteer.txt is missing from the CLAVIN jar");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split("\t", -1);
                if (cells.length == 19 && cells[CODE].startsWith("PCL")) {
                    Set<String> names = new LinkedHashSet<>(namesByCountry.getOrDefault(cells[COUNTRY], List.of()));
                    names.add(new Locale("", cells[COUNTRY]).getDisplayCountry(Locale.ENGLISH));
                    names.addAll(List.of(cells[ALTERNATES].split(",")));
                    names.removeIf(name -> name.isBlank() || name.equals(cells[COUNTRY]));
                    cells[ALTERNATES] = String.join(",", names);
                }
                rows.add(String.join("\t", cells));
            }
        }
        return rows;
    }

    private static Map<String, List<String>> countryNames(Path countryNamesTsv) throws IOException {
        Map<String, List<String>> names = new HashMap<>();
        if (Files.isRegularFile(countryNamesTsv)) {
            // iso_a2 iso_a3 iso_n3 name alternate_names(|-separated) demonym
            List<String> lines = Files.readAllLines(countryNamesTsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                List<String> countryNames = new ArrayList<>(List.of(cells[3]));
                countryNames.addAll(List.of(cells[4].split("\\|")));
                names.put(cells[0], countryNames);
            }
        }
        return names;
    }

    /** Admin-1 units as ADM1 rows; units sharing one GeoNames code after the first become ADM2 rows. */
    private static List<String> admin1Rows(Path admin1TsvGz, List<String> cities) throws IOException {
        List<String> rows = new ArrayList<>();
        if (!Files.isRegularFile(admin1TsvGz)) {
            return rows;
        }
        Map<String, Long> population = admin1Populations(cities);
        Set<String> codesSeen = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(admin1TsvGz)), StandardCharsets.UTF_8))) {
            reader.readLine(); // geonames_code iso_3166_2 country_code name alternatenames type region lat lon ne_id
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t", -1);
                String code = cells[0];
                String admin1 = code.contains(".") ? code.substring(code.indexOf('.') + 1) : "";
                boolean first = !code.isEmpty() && codesSeen.add(code);
                rows.add(String.join("\t", String.valueOf(FIRST_MADE_UP_ID + rows.size()), cells[3], cells[3],
                        cells[4].replace('|', ','), cells[7], cells[8], "A", first ? "ADM1" : "ADM2", cells[2], "",
                        admin1, first ? "" : cells[9], "", "", String.valueOf(population.getOrDefault(code, 0L)),
                        "", "0", "UTC", MODIFIED));
            }
        }
        return rows;
    }

    private static Map<String, Long> admin1Populations(List<String> cities) {
        Map<String, Long> population = new HashMap<>();
        for (String city : cities) {
            String[] cells = city.split("\t", -1);
            if (cells.length > POPULATION && !cells[POPULATION].isEmpty()) {
                population.merge(cells[COUNTRY] + "." + cells[ADMIN1], Long.parseLong(cells[POPULATION]), Long::sum);
            }
        }
        return population;
    }
}
