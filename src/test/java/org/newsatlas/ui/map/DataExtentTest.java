package org.newsatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
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
}
