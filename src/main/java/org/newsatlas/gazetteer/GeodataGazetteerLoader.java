package org.newsatlas.gazetteer;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsatlas.geodata.Admin1Row;
import org.newsatlas.geodata.GazetteerRow;
import org.newsatlas.geodata.UsCountyRow;
import org.newsatlas.geodata.Geodata;

/**
 * Builds the {@link InMemoryGazetteer} from geodata/ (columns in geodata/README.md, rows read by
 * {@link Geodata}): countries with their names and demonyms, Natural Earth admin-1 units, US counties, GeoNames cities500
 * with alternate names, declared capitals, the curated regions/rivers/places and a few extra places, and airports
 * (last, so the places before keep their numbers).
 * Strings that repeat (codes) are interned through one pool; alternate names are only hashed, never kept.
 */
public final class GeodataGazetteerLoader {

    private final Geodata geodata;

    public GeodataGazetteerLoader(Geodata geodata) {
        this.geodata = geodata;
    }

    public InMemoryGazetteer load() throws IOException {
        InMemoryGazetteer.Builder builder = new InMemoryGazetteer.Builder();
        fill(builder);
        return builder.build();
    }

    /** Hands every place and name {@link #load} would index to {@code sink}, in the same order; builds no index. */
    public void copyTo(GazetteerSink sink) throws IOException {
        fill(new InMemoryGazetteer.Builder(sink, false));
    }

    private void fill(InMemoryGazetteer.Builder builder) throws IOException {
        PlaceRows placeRows = new PlaceRows();
        new CountryPlaces().load(geodata, builder);
        loadAdmin1(builder, placeRows);
        try (Stream<UsCountyRow> counties = geodata.usCounties()) {
            counties.forEach(row -> placeRows.addUsCounty(builder, row));
        }
        Set<Long> declaredCapitals = new CuratedPlaces().loadAndListDeclaredCapitals(geodata, builder);
        loadCities(builder, placeRows, declaredCapitals);
        new AirportPlaces().load(geodata, builder);
    }

    private void loadAdmin1(InMemoryGazetteer.Builder builder, PlaceRows placeRows) throws IOException {
        List<Admin1Row> rows;
        try (Stream<Admin1Row> stream = geodata.admin1()) {
            rows = stream.toList();
        }
        Map<String, Integer> codeUses = new HashMap<>();
        rows.forEach(row -> codeUses.merge(row.geonamesCode(), 1, Integer::sum));
        for (Admin1Row row : rows) {
            placeRows.addAdmin1(builder, row, !row.geonamesCode().isEmpty() && codeUses.get(row.geonamesCode()) == 1);
        }
    }

    private void loadCities(InMemoryGazetteer.Builder builder, PlaceRows placeRows, Set<Long> declaredCapitals) throws IOException {
        try (Stream<GazetteerRow> rows = geodata.gazetteer()) {
            rows.forEach(row -> placeRows.addCity(builder, row, declaredCapitals.contains(row.geonameId())));
        }
    }
}
