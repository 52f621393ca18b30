package org.newsatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.gazetteer.PlaceKind;

/** The grid finds what a scan of every mention in order finds: the same nearest place, ties to the first named. */
class LeaderGridTest {

    private static final double RADIUS_KM = 402;
    private static final double WITHIN = Math.pow(Math.sin(401 / (2 * Place.EARTH_RADIUS_KM)), 2);

    private record Leader(Place place, int surface) {
    }

    @Test
    void the_nearest_leader_of_another_surface_is_the_one_a_full_scan_picks_anywhere_on_earth() {
        Random random = new Random(42);
        // clusters around the antimeridian, both poles, the equator and a busy mid-latitude region
        double[][] centres = {{0, 179.5}, {-16, -179.8}, {88.5, 10}, {-89, -120}, {0, 0}, {40, -75}, {64, 178}};
        List<Leader> leaders = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            double[] c = centres[random.nextInt(centres.length)];
            Place place = i % 5 == 4 && !leaders.isEmpty() ? leaders.get(random.nextInt(leaders.size())).place()
                    : place("p" + i, c[0] + random.nextGaussian() * 3, c[1] + random.nextGaussian() * 4);
            leaders.add(new Leader(place, random.nextInt(40)));
        }
        LeaderGrid grid = new LeaderGrid(RADIUS_KM);
        for (int m = 0; m < leaders.size(); m++) {
            grid.add(leaders.get(m).place(), leaders.get(m).surface(), m);
        }
        int found = 0;
        for (int q = 0; q < 3000; q++) {
            double[] c = centres[random.nextInt(centres.length)];
            Place point = place("q" + q, c[0] + random.nextGaussian() * 4, c[1] + random.nextGaussian() * 5);
            int self = random.nextInt(40);
            Place expected = null;
            double best = Double.MAX_VALUE;
            for (Leader l : leaders) {
                if (l.surface() != self) {
                    double h = point.haversine(l.place().lat(), l.place().lon(), point.cosLatitude(),
                            l.place().cosLatitude());
                    if (h < best) {
                        best = h;
                        expected = l.place();
                    }
                }
            }
            LeaderGrid.Nearest nearest = grid.nearest(point, self);
            if (best <= WITHIN) {
                found++;
                assertThat(nearest).as("query %s", point).isNotNull();
                assertThat(nearest.place()).as("query %s", point).isSameAs(expected);
                assertThat(nearest.haversine()).isEqualTo(best);
            } else {
                assertThat(nearest == null || nearest.haversine() > WITHIN).as("query %s", point).isTrue();
            }
        }
        assertThat(found).isGreaterThan(1000);
    }

    @Test
    void a_place_named_only_by_the_asking_surface_is_not_its_own_neighbour() {
        Place dushanbe = place("dushanbe", 38.54, 68.78);
        Place vahdat = place("vahdat", 38.56, 69.01);
        LeaderGrid grid = new LeaderGrid(RADIUS_KM);
        grid.add(dushanbe, 1, 0);
        grid.add(vahdat, 2, 1);
        assertThat(grid.nearest(place("x", 38.54, 68.79), 1).place()).isSameAs(vahdat);
        assertThat(grid.nearest(place("x", 38.54, 68.79), 2).place()).isSameAs(dushanbe);
        grid.add(dushanbe, 2, 2);
        assertThat(grid.nearest(place("x", 38.54, 68.79), 1).place()).isSameAs(dushanbe);
    }

    private static Place place(String id, double lat, double lon) {
        double clampedLat = Math.max(-90, Math.min(90, lat));
        double wrappedLon = ((lon + 180) % 360 + 360) % 360 - 180;
        return new Place(id, id, PlaceKind.CITY, "XX", null, "PPL", clampedLat, wrappedLon, 1000);
    }
}
