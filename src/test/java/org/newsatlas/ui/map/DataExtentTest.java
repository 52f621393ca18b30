package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.newsatlas.article.PlacePoint;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.LayerName;

class DataExtentTest {

    private static FeatureSummary point(LayerName layer, double lon, double lat, int passages) {
        return new FeatureSummary(layer, "id" + lon + "," + lat, "name", lon, lat, passages, passages);
    }

    @Test
    void an_empty_corpus_or_one_with_shapes_only_has_no_extent() {
        assertThat(DataExtent.of(List.of())).isEmpty();
        assertThat(DataExtent.of(List.of(new FeatureSummary(LayerName.COUNTRIES, "RU", "Russia", 90, 60, 9, 9))))
                .isEmpty();
    }

    @Test
    void one_place_is_shown_four_degrees_across_around_it() {
        Envelope extent = DataExtent.of(List.of(point(LayerName.PLACES, 69.1, 37.8, 3))).orElseThrow();
        assertThat(extent.getWidth()).isEqualTo(4.0);
        assertThat(extent.getHeight()).isEqualTo(4.0);
        assertThat(extent.centre().x).isEqualTo(69.1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void every_point_layer_counts_and_the_extent_holds_them_with_a_margin() {
        Envelope extent = DataExtent.of(List.of(point(LayerName.EXERCISE_SITES, 106.08, 38.02, 10),
                point(LayerName.CAPITALS, 68.78, 38.54, 10), point(LayerName.PLACES, 69.2, 34.5, 10))).orElseThrow();
        assertThat(extent.contains(106.08, 38.02)).isTrue();
        assertThat(extent.contains(68.78, 38.54)).isTrue();
        assertThat(extent.contains(69.2, 34.5)).isTrue();
        assertThat(extent.getMinX()).isLessThan(68.78);
        assertThat(extent.getMaxX()).isGreaterThan(106.08).isLessThan(110);
    }

    @Test
    void a_stray_place_with_one_passage_among_many_stays_outside_but_one_with_many_passages_is_in() {
        List<FeatureSummary> features = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            features.add(point(LayerName.PLACES, 60 + i, 30 + i / 2.0, 5));
        }
        features.add(point(LayerName.PLACES, -75.3, 66.6, 1));
        Envelope extent = DataExtent.of(features).orElseThrow();
        assertThat(extent.contains(-75.3, 66.6)).isFalse();
        assertThat(extent.getMinX()).isGreaterThan(55);

        features.add(point(LayerName.CAPITALS, -77.0, 38.9, 40));
        assertThat(DataExtent.of(features).orElseThrow().contains(-77.0, 38.9)).isTrue();
    }

    @Test
    void new_articles_places_fit_around_their_cities_and_a_country_counts_only_when_nothing_finer_is_named() {
        List<PlacePoint> places = List.of(new PlacePoint("gn:a", "city", 2.35, 48.86, 4),
                new PlacePoint("gn:b", "admin1", 5.4, 43.3, 2), new PlacePoint("gn:RU", "country", 96, 62, 20),
                new PlacePoint("gn:AS", "continent", 90, 30, 5));
        Envelope extent = DataExtent.ofPlaces(places).orElseThrow();
        assertThat(extent.contains(2.35, 48.86)).isTrue();
        assertThat(extent.contains(5.4, 43.3)).isTrue();
        assertThat(extent.getMaxX()).isLessThan(20);
        Envelope countryOnly = DataExtent.ofPlaces(List.of(new PlacePoint("gn:FR", "country", 2.5, 46.5, 1)))
                .orElseThrow();
        assertThat(countryOnly.contains(2.5, 46.5)).isTrue();
        assertThat(DataExtent.ofPlaces(List.of())).isEmpty();
    }

    @Test
    void namesakes_on_other_continents_are_left_out_whichever_side_they_are_on() {
        List<PlacePoint> places = new ArrayList<>();
        for (int i = 0; i < 24; i++) { // a batch of local news from the United States
            places.add(new PlacePoint("gn:us" + i, "city", -122 + i * 2.2, 30 + (i % 9) * 2, 1));
        }
        places.add(new PlacePoint("gn:eg", "city", 29.9, 31.2, 2)); // Alexandria, Egypt for Alexandria, Louisiana
        places.add(new PlacePoint("gn:id", "city", 108.1, -7.1, 1));
        places.add(new PlacePoint("gn:gd", "city", -61.75, 12.05, 1));
        Envelope extent = DataExtent.ofPlaces(places).orElseThrow();
        assertThat(extent.contains(29.9, 31.2)).isFalse();
        assertThat(extent.contains(108.1, -7.1)).isFalse();
        assertThat(extent.contains(-61.75, 12.05)).isFalse();
        assertThat(extent.getWidth()).isLessThan(60);
        long inside = places.stream().filter(p -> extent.contains(p.lon(), p.lat())).count();
        assertThat(inside).isGreaterThanOrEqualTo(20);
    }
}
