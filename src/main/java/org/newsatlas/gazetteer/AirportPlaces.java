package org.newsatlas.gazetteer;

import java.io.IOException;
import java.util.stream.Stream;
import org.newsatlas.geodata.AirportRow;
import org.newsatlas.geodata.Geodata;

/**
 * Airports (geodata/airports.tsv.gz: OurAirports' large airports and scheduled medium ones) as {@link PlaceKind#SITE}
 * places with GeoNames' feature code for an airport ({@value Place#AIRPORT_CODE}): cities500 has no airports, so
 * "Heathrow" read Heathrow, Florida. The full name is the airport's own name; the names build.mjs derives by rule
 * ("London Heathrow", "Heathrow", "JFK Airport") are alternate names, as a place's other names are.
 */
final class AirportPlaces {

    void load(Geodata geodata, InMemoryGazetteer.Builder builder) throws IOException {
        try (Stream<AirportRow> rows = geodata.airports()) {
            rows.forEach(row -> add(builder, row));
        }
    }

    /** "airport:LHR" (the IATA code, which every row has; else OurAirports' id), in its country and admin-1 unit. */
    static void add(InMemoryGazetteer.Builder builder, AirportRow row) {
        String id = Place.AIRPORT_ID_PREFIX
                + (row.iataCode().isEmpty() ? "ourairports-" + row.ourAirportsId() : row.iataCode());
        int n = builder.add(new Place(id, row.name(), PlaceKind.SITE, row.countryCode(),
                row.geonamesAdmin1().isEmpty() ? null : row.geonamesAdmin1(), Place.AIRPORT_CODE, row.latitude(),
                row.longitude(), 0));
        builder.name(n, row.name(), MatchType.NAME);
        for (String alternate : row.alternateNames()) {
            builder.name(n, alternate, MatchType.ALTERNATE_NAME);
        }
    }
}
