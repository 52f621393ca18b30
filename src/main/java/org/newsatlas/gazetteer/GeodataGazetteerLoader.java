package org.newsatlas.gazetteer;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsatlas.layer.Admin1Row;
import org.newsatlas.layer.GazetteerRow;
import org.newsatlas.layer.Geodata;

/**
 * Builds the {@link InMemoryGazetteer} from geodata/ (columns in geodata/README.md, rows read by
 * {@link Geodata}): countries with their names and demonyms, Natural Earth admin-1 units, GeoNames cities500
 * with alternate names, declared capitals, the curated regions/rivers/places and a few extra places.
 * Strings that repeat (codes) are interned through one pool; alternate names are only hashed, never kept.
 */
public final class GeodataGazetteerLoader {

    private final Geodata geodata;
    private final PlaceRows placeRows = new PlaceRows();

    public GeodataGazetteerLoader(Geodata geodata) {
        this.geodata = geodata;
    }

    public InMemoryGazetteer load() throws IOException {
        InMemoryGazetteer.Builder builder = new InMemoryGazetteer.Builder();
        new CountryPlaces().load(geodata, builder);
        loadAdmin1(builder);
        Set<Long> declaredCapitals = new CuratedPlaces().loadAndListDeclaredCapitals(geodata, builder);
        loadCities(builder, declaredCapitals);
        return builder.build();
    }

    private void loadAdmin1(InMemoryGazetteer.Builder builder) throws IOException {
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

    private void loadCities(InMemoryGazetteer.Builder builder, Set<Long> declaredCapitals) throws IOException {
        try (Stream<GazetteerRow> rows = geodata.gazetteer()) {
            rows.forEach(row -> placeRows.addCity(builder, row, declaredCapitals.contains(row.geonameId())));
        }
    }
}
