package org.newsatlas.geodata;

import java.util.List;

/** One row of geodata/us-counties.tsv.gz: a US county or parish (us-atlas, Census) and its area centroid. */
public record UsCountyRow(
        String fips,
        String name,
        String iso3166_2,
        String geonamesAdmin1,
        double latitude,
        double longitude) {

    public static final List<String> HEADER = List.of("fips", "name", "iso_3166_2", "geonames_admin1", "latitude",
            "longitude");

    static UsCountyRow parse(String[] f) {
        return new UsCountyRow(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]));
    }
}
