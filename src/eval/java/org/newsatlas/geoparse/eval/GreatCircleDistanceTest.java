package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleDistanceTest {

    @Test
    void one_degree_of_longitude_on_the_equator_is_a_360th_of_the_mean_circumference() {
        // 2 * pi * 6371.0088 / 360 = 111.19508 km
        assertThat(GreatCircleDistance.km(0, 10, 0, 11)).isCloseTo(111.19508, within(1e-4));
    }

    @Test
    void one_degree_of_latitude_is_the_same_arc_along_any_meridian() {
        assertThat(GreatCircleDistance.km(45, -73, 46, -73)).isCloseTo(111.19508, within(1e-4));
    }

    @Test
    void pole_to_pole_is_half_the_circumference() {
        // pi * 6371.0088 = 20015.1144 km
        assertThat(GreatCircleDistance.km(90, 0, -90, 0)).isCloseTo(20015.1144, within(1e-3));
        assertThat(GreatCircleDistance.ANTIPODAL_KM).isCloseTo(20015.1144, within(1e-3));
    }

    @Test
    void a_point_is_zero_km_from_itself_and_across_the_dateline_distances_stay_short() {
        assertThat(GreatCircleDistance.km(31.3113, -92.4451, 31.3113, -92.4451)).isZero();
        assertThat(GreatCircleDistance.km(0, 179.5, 0, -179.5)).isCloseTo(111.19508, within(1e-4));
    }
}
