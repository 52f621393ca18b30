package org.newsatlas.geodata;

import java.util.List;

/**
 * One row of geodata/airports.tsv.gz: a large or scheduled medium airport from OurAirports, with the names
 * build.mjs derives by rule (see geodata/README.md).
 *
 * @param type           "large" or "medium" (OurAirports' large_airport, medium_airport)
 * @param alternateNames the derived names ("London Heathrow", "Heathrow", "LHR Airport"), never OurAirports' keywords
 * @param geonamesAdmin1 GeoNames admin-1 key ("GB.ENG"), or empty
 */
public record AirportRow(
        long ourAirportsId,
        String iataCode,
        String type,
        String name,
        List<String> alternateNames,
        String countryCode,
        String geonamesAdmin1,
        double latitude,
        double longitude) {

    public static final List<String> HEADER = List.of("ourairports_id", "iata_code", "type", "name",
            "alternatenames", "country_code", "geonames_admin1", "latitude", "longitude");

    static AirportRow parse(String[] f) {
        return new AirportRow(Long.parseLong(f[0]), f[1], f[2], f[3], TabSeparatedRows.list(f[4], '|'), f[5], f[6],
                Double.parseDouble(f[7]), Double.parseDouble(f[8]));
    }

    public boolean isLarge() {
        return "large".equals(type);
    }
}
