package org.newsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.layer.FeatureSummary;
import org.newsatlas.layer.LayerName;

class ViewClustersTest {

    private static FeatureSummary place(String id, double lon, double lat, int passages, double confidence) {
        return new FeatureSummary(LayerName.PLACES, id, "Town " + id, lon, lat, passages, passages, confidence);
    }

    /** n places on a grid of about 0.01° steps around (lon, lat), ids prefix0..prefixN. */
    private static List<FeatureSummary> crowd(String prefix, int n, double lon, double lat) {
        List<FeatureSummary> places = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            places.add(place(prefix + i, lon + (i % 50) * 0.01, lat + (i / 50) * 0.01, 1 + i % 7, 0.9));
        }
        return places;
    }

    private static final ViewBox WORLD = new ViewBox(-180, -90, 180, 90);

    @Test
    void a_view_with_few_points_gets_them_all_as_rows() {
        List<FeatureSummary> places = crowd("a", 40, 10, 50);
        ViewClusters.View view = ViewClusters.of(places, WORLD, 3, p -> true, null, 1500);
        assertThat(view.total()).isEqualTo(40);
        assertThat(view.clusters()).isEmpty();
        assertThat(view.rows()).hasSize(40);
        assertThat(view.rows().get(0)).containsExactly("a0", "Town a0", 1, 50.0, 10.0, 0.9);
    }

    @Test
    void a_crowded_view_gets_clusters_that_add_up_to_every_point_and_name_the_biggest() {
        List<FeatureSummary> places = new ArrayList<>(crowd("a", 2000, 10, 50));
        places.add(place("big", 10.2, 50.1, 500, 0.9));
        places.add(place("alone", -100, 40, 3, 0.9));
        ViewClusters.View view = ViewClusters.of(places, WORLD, 3, p -> true, null, 1500);
        assertThat(view.total()).isEqualTo(2002);
        int clustered = view.clusters().stream().mapToInt(ViewClusters.Cluster::count).sum();
        assertThat(clustered + view.rows().size()).isEqualTo(2002);
        assertThat(view.rows()).extracting(r -> r.get(0)).contains("alone");
        ViewClusters.Cluster first = view.clusters().get(0);
        assertThat(first.names()).first().isEqualTo("Town big");
        assertThat(first.bounds()[0]).isLessThanOrEqualTo(first.lon());
        assertThat(first.bounds()[2]).isGreaterThanOrEqualTo(first.lon());
        // at zoom 3 a 64-px cell is about 28 degrees: the crowd (half a degree across) is one or a few cells
        assertThat(view.clusters()).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void points_outside_the_view_are_left_out_and_the_selected_one_is_always_sent_alone() {
        List<FeatureSummary> places = new ArrayList<>(crowd("a", 2000, 10, 50));
        places.add(place("far", 120, -30, 2, 0.9));
        ViewClusters.View view = ViewClusters.of(places, new ViewBox(0, 40, 20, 60), 5, p -> true, "a7", 1500);
        assertThat(view.total()).isEqualTo(2000);
        assertThat(view.rows()).extracting(r -> r.get(0)).contains("a7").doesNotContain("far");
        int clustered = view.clusters().stream().mapToInt(ViewClusters.Cluster::count).sum();
        assertThat(clustered + view.rows().size()).isEqualTo(2000);

        ViewClusters.View elsewhere = ViewClusters.of(places, new ViewBox(100, -40, 140, -20), 5, p -> true, "a7", 1500);
        assertThat(elsewhere.total()).isEqualTo(1);
        assertThat(elsewhere.rows()).extracting(r -> r.get(0)).containsExactlyInAnyOrder("far", "a7");
    }

    @Test
    void hidden_points_are_neither_rows_nor_counted() {
        List<FeatureSummary> places = List.of(place("sure", 10, 50, 2, 0.9), place("doubtful", 11, 50, 2, 0.2));
        ViewClusters.View view = ViewClusters.of(places, WORLD, 2, p -> !p.isLowConfidence(), null, 1500);
        assertThat(view.total()).isEqualTo(1);
        assertThat(view.rows()).extracting(r -> r.get(0)).containsExactly("sure");
    }

    @Test
    void a_view_past_the_antimeridian_gets_the_points_of_the_next_world_at_their_copy() {
        List<FeatureSummary> places = List.of(place("fiji", 178.4, -18.1, 1, 0.9), place("samoa", -171.8, -13.8, 1, 0.9));
        ViewClusters.View view = ViewClusters.of(places, new ViewBox(170, -30, 200, 0), 4, p -> true, null, 1500);
        assertThat(view.rows()).extracting(r -> r.get(0) + "@" + r.get(4))
                .containsExactlyInAnyOrder("fiji@178.4", "samoa@188.2");
    }

    @Test
    void mercator_rows_run_from_the_north_edge_to_the_south() {
        assertThat(ViewClusters.mercatorY(0)).isEqualTo(0.5);
        assertThat(ViewClusters.mercatorY(85.05113)).isLessThan(0.0001);
        assertThat(ViewClusters.mercatorY(-90)).isGreaterThan(0.9999);
        assertThat(ViewClusters.mercatorY(45)).isLessThan(0.5);
    }
}
