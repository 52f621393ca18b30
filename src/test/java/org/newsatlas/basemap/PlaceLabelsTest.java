package org.newsatlas.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;

class PlaceLabelsTest {

    private static Place city(String name, double lat, double lon, long population) {
        return new Place("gn:" + name, name, PlaceKind.CITY, "CN", null, "PPL", lat, lon, population);
    }

    private static final List<Place> PLACES = List.of(
            new Place("country:CN", "China", PlaceKind.COUNTRY, "CN", null, "PCLI", 35, 103, 1_400_000_000),
            new Place("country:MN", "Mongolia", PlaceKind.COUNTRY, "MN", null, "PCLI", 46.8, 103, 3_300_000),
            new Place("gn:Beijing", "Beijing", PlaceKind.CITY, "CN", null, "PPLC", 39.9, 116.4, 18_960_000),
            city("Shanghai", 31.2, 121.5, 22_300_000),
            city("Yinchuan", 38.47, 106.27, 1_300_000),
            city("Qingtongxia", 38.02, 106.07, 65_000),
            city("Xiaoba", 38.03, 106.08, 4_000),
            city("Fiji town", -17.7, 179.9, 900_000),
            new Place("admin1:CN.21", "Ningxia", PlaceKind.ADMIN1, "CN", null, "ADM1", 37.3, 106.1, 7_000_000));

    private final PlaceLabels labels = new PlaceLabels(PLACES);

    private List<String> names(double w, double s, double e, double n, int zoom) {
        return labels.in(w, s, e, n, zoom).stream().map(PlaceLabels.Label::name).toList();
    }

    @Test
    void the_world_shows_big_countries_and_the_biggest_cities_and_a_close_view_every_town() {
        // at zoom 2 China's name covers where Beijing's and Shanghai's would go
        assertThat(names(-180, -85, 180, 85, 2)).containsExactly("China");
        assertThat(names(-180, -85, 180, 85, 3)).containsExactly("China", "Mongolia", "Beijing", "Shanghai");
        assertThat(names(60, 20, 140, 55, 4)).contains("China", "Mongolia", "Beijing", "Shanghai", "Yinchuan")
                .doesNotContain("Qingtongxia");
        assertThat(names(105.5, 37.5, 106.6, 38.6, 8)).containsExactly("Yinchuan", "Qingtongxia");
        assertThat(names(105.5, 37.5, 106.6, 38.6, 6)).containsExactly("Yinchuan");
        assertThat(names(105.5, 37.5, 106.6, 38.6, 10)).as("admin-1 units are the countries layer's, not labels")
                .doesNotContain("Ningxia");
    }

    @Test
    void a_smaller_place_whose_name_would_overlap_a_larger_ones_is_left_out_until_there_is_room() {
        // Qingtongxia and Xiaoba are 1 km apart: at zoom 9 their labels overlap, at zoom 14 they do not
        assertThat(names(105.5, 37.5, 106.6, 38.6, 9)).contains("Qingtongxia").doesNotContain("Xiaoba");
        assertThat(names(106.0, 37.98, 106.15, 38.06, 14)).contains("Qingtongxia", "Xiaoba");
    }

    @Test
    void labels_never_overlap_and_stop_at_the_most_a_view_holds() {
        List<Place> crowd = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            crowd.add(city("Town" + i, 30 + (i % 50) * 0.02, 100 + (i / 50) * 0.02, 10_000 + i));
        }
        List<PlaceLabels.Label> shown = new PlaceLabels(crowd).in(99, 29, 102, 32, 12);
        assertThat(shown).hasSizeLessThanOrEqualTo(PlaceLabels.MOST).isNotEmpty();
        assertThat(shown.get(0).name()).isEqualTo("Town1999");
    }

    @Test
    void across_the_antimeridian_a_place_carries_the_longitude_of_the_world_copy_in_view() {
        List<PlaceLabels.Label> shown = labels.in(170, -30, 190, -5, 5);
        assertThat(shown).extracting(PlaceLabels.Label::name).containsExactly("Fiji town");
        assertThat(shown.get(0).lon()).isEqualTo(179.9);
        List<PlaceLabels.Label> east = labels.in(-190, -30, -170, -5, 5);
        assertThat(east.get(0).lon()).isEqualTo(179.9 - 360);
    }
}
