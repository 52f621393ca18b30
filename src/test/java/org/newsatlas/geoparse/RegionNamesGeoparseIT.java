package org.newsatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsatlas.analysis.GeoparserFactory;
import org.newsatlas.geodata.Geodata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Multi-country regions as news names them (geodata/curated.geojson: UN M49 regions with their short forms, a
 * few country groupings, regions with a stated definition), read with the full gazetteer: each region is one
 * mention of the region, not of the continent or sea inside its name.
 */
class RegionNamesGeoparseIT {

    private static Geoparser parser;

    @BeforeAll
    static void loadTheFullGazetteer() throws IOException {
        parser = GeoparserFactory.geoparser(Geodata.fromClasspath());
    }

    private static Map<String, String> placesBySurface(String text) {
        List<ResolvedMention> found = parser.parse(text);
        return found.stream().collect(Collectors.toMap(r -> r.mention().surface(), r -> r.place().id(), (a, b) -> b));
    }

    @Test
    void un_m49_regions_are_found_by_their_names_and_the_short_forms_news_uses() {
        Map<String, String> places = placesBySurface("Drought hit East Africa and Southeast Asia, while Western "
                + "Europe and North Africa imported more grain. Sub-Saharan Africa and Central Asia grew.");
        assertThat(places).containsEntry("East Africa", "curated:eastern-africa")
                .containsEntry("Southeast Asia", "curated:south-eastern-asia")
                .containsEntry("Western Europe", "curated:western-europe")
                .containsEntry("North Africa", "curated:northern-africa")
                .containsEntry("Sub-Saharan Africa", "curated:sub-saharan-africa")
                .containsEntry("Central Asia", "curated:central-asia")
                .doesNotContainKeys("Africa", "Asia", "Europe");
    }

    @Test
    void asia_pacific_is_one_region_not_asia_and_a_point_in_the_pacific() {
        Map<String, String> places = placesBySurface("Trade across the Asia-Pacific grew by a third.");
        assertThat(places).containsOnlyKeys("Asia-Pacific").containsEntry("Asia-Pacific", "curated:asia-pacific");
    }

    @Test
    void regions_with_a_stated_definition_and_names_that_go_on_in_lower_case() {
        Map<String, String> places = placesBySurface("Refugees from the Sahel and the Balkans, the Horn of Africa "
                + "and Latin America reached the Baltic states and the Nordic countries. The Gulf states watched.");
        assertThat(places).containsEntry("Sahel", "curated:sahel").containsEntry("Balkans", "curated:balkans")
                .containsEntry("Horn of Africa", "curated:horn-of-africa")
                .containsEntry("Latin America", "curated:latin-america")
                .containsEntry("Baltic states", "curated:baltic-states")
                .containsEntry("Nordic countries", "curated:nordic-countries")
                .containsEntry("Gulf states", "curated:gulf-states")
                .doesNotContainKeys("Baltic", "Gulf", "Africa");
        // the sea keeps its own name
        assertThat(placesBySurface("Ships crossed the Baltic Sea.")).containsEntry("Baltic Sea", "curated:baltic-sea");
    }

    @Test
    void the_caribbean_is_the_region_and_a_country_keeps_its_name() {
        assertThat(placesBySurface("Hurricanes struck the Caribbean and South Africa."))
                .containsEntry("Caribbean", "curated:caribbean").containsEntry("South Africa", "country:ZA");
    }
}
