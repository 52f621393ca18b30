package org.newsatlas.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsatlas.geodata.Admin1Row;
import org.newsatlas.geodata.CountryNameRow;
import org.newsatlas.geodata.GazetteerRow;

/**
 * A ~50-place gazetteer for unit tests: real rows of geodata/ (fixture/ beside this class: countries, admin-1
 * units, US counties, cities, airports) added through the same row-to-place code as the full loader, plus one
 * continent.
 */
public final class FixtureGazetteer {

    private static InMemoryGazetteer instance;

    private FixtureGazetteer() {
    }

    public static synchronized InMemoryGazetteer get() {
        if (instance == null) {
            instance = load();
        }
        return instance;
    }

    private static InMemoryGazetteer load() {
        InMemoryGazetteer.Builder builder = new InMemoryGazetteer.Builder();
        for (String[] f : rows("countries.tsv")) {
            CountryNameRow row = new CountryNameRow(f[0], f[1], f[2], f[3], split(f[4], "\\|"), f[5],
                    Double.parseDouble(f[7]), Double.parseDouble(f[8]));
            CountryPlaces.add(builder, row, f[6], f[6], Double.parseDouble(f[7]), Double.parseDouble(f[8]));
        }
        PlaceRows placeRows = new PlaceRows();
        for (String[] f : rows("admin1.tsv")) {
            placeRows.addAdmin1(builder, new Admin1Row(f[0], f[1], f[2], f[3], split(f[4], "\\|"), f[5], f[6],
                    Double.parseDouble(f[7]), Double.parseDouble(f[8]), Long.parseLong(f[9])), true);
        }
        for (String[] f : rows("us-counties.tsv")) {
            placeRows.addUsCounty(builder, new org.newsatlas.geodata.UsCountyRow(f[0], f[1], f[2], f[3],
                    Double.parseDouble(f[4]), Double.parseDouble(f[5])));
        }
        for (String[] f : rows("cities.tsv")) {
            placeRows.addCity(builder, new GazetteerRow(Long.parseLong(f[0]), f[1], f[2], split(f[3], ","),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7], f[8], f[9],
                    f[10].isEmpty() ? 0 : Long.parseLong(f[10])), false);
        }
        for (String[] f : rows("airports.tsv")) {
            AirportPlaces.add(builder, new org.newsatlas.geodata.AirportRow(Long.parseLong(f[0]), f[1], f[2], f[3],
                    split(f[4], "\\|"), f[5], f[6], Double.parseDouble(f[7]), Double.parseDouble(f[8])));
        }
        int asia = builder.add(new Place("continent:asia", "Asia", PlaceKind.CONTINENT, null, null, "CONT", 29.84,
                89.3, 0));
        builder.name(asia, "Asia", MatchType.NAME);
        return builder.build();
    }

    private static List<String> split(String field, String separator) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(separator));
    }

    private static List<String[]> rows(String file) {
        InputStream raw = FixtureGazetteer.class.getResourceAsStream("fixture/" + file);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
