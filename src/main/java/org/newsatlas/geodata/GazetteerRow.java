package org.newsatlas.geodata;

import java.util.List;

/** One row of geodata/gazetteer.tsv.gz: a GeoNames cities500 place (see geodata/README.md). */
public record GazetteerRow(
        long geonameId,
        String name,
        String asciiName,
        List<String> alternateNames,
        double latitude,
        double longitude,
        String featureClass,
        String featureCode,
        String countryCode,
        String admin1Code,
        long population) {

    public static final List<String> HEADER = List.of("geonameid", "name", "asciiname", "alternatenames",
            "latitude", "longitude", "feature_class", "feature_code", "country_code", "admin1_code", "population");

    static GazetteerRow parse(String[] f) {
        return new GazetteerRow(Long.parseLong(f[0]), f[1], f[2], TabSeparatedRows.list(f[3], ','),
                Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7], f[8], f[9],
                f[10].isEmpty() ? 0 : Long.parseLong(f[10]));
    }

    /** The GeoNames admin-1 key, e.g. "AF.01", as in {@link Admin1Row#geonamesCode()}. */
    public String admin1Key() {
        return countryCode + "." + admin1Code;
    }
}
