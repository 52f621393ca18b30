package org.newsatlas.geodata;

import java.util.List;

/** One row of geodata/admin1.tsv.gz: a Natural Earth admin-1 unit and its label point. */
public record Admin1Row(
        String geonamesCode,
        String iso3166_2,
        String countryCode,
        String name,
        List<String> alternateNames,
        String type,
        String region,
        double latitude,
        double longitude,
        long naturalEarthId) {

    public static final List<String> HEADER = List.of("geonames_code", "iso_3166_2", "country_code", "name",
            "alternatenames", "type", "region", "latitude", "longitude", "ne_id");

    static Admin1Row parse(String[] f) {
        return new Admin1Row(f[0], f[1], f[2], f[3], TabSeparatedRows.list(f[4], '|'), f[5], f[6],
                Double.parseDouble(f[7]), Double.parseDouble(f[8]), Long.parseLong(f[9]));
    }
}
