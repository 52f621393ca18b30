package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToponymAlignmentTest {

    // "Paris and New York City" : Paris [0,5), New York City [10,23)
    private static final GoldToponym PARIS = new GoldToponym(0, 5, "Paris", 48.8534, 2.3488);
    private static final GoldToponym NEW_YORK_CITY = new GoldToponym(10, 23, "New York City", 40.7143, -74.006);

    @Test
    void a_partial_span_counts_only_for_the_inexact_variant() {
        List<PredictedToponym> found = List.of(
                new PredictedToponym(0, 5, 48.8534, 2.3488),
                new PredictedToponym(10, 18, 40.7143, -74.006));

        ToponymAlignment alignment = ToponymAlignment.of(List.of(PARIS, NEW_YORK_CITY), found);

        assertThat(alignment.exactScore()).isEqualTo(new RecognitionScore(2, 2, 1));
        assertThat(alignment.inexactScore()).isEqualTo(new RecognitionScore(2, 2, 2));
    }

    @Test
    void one_system_span_covering_two_gold_toponyms_matches_only_one_of_them() {
        GoldToponym newYork = new GoldToponym(10, 18, "New York", 40.7143, -74.006);
        GoldToponym city = new GoldToponym(19, 23, "City", 40.7143, -74.006);

        ToponymAlignment alignment = ToponymAlignment.of(List.of(newYork, city),
                List.of(new PredictedToponym(10, 23, 40.7143, -74.006)));

        assertThat(alignment.inexactScore()).isEqualTo(new RecognitionScore(1, 2, 1));
        assertThat(alignment.exactScore().truePositives()).isZero();
    }

    @Test
    void a_short_span_inside_the_first_gold_leaves_the_long_one_for_the_second() {
        GoldToponym first = new GoldToponym(0, 5, "Aaaaa", 0, 0);
        GoldToponym second = new GoldToponym(6, 12, "Bbbbbb", 0, 0);
        List<PredictedToponym> found = List.of(new PredictedToponym(0, 9, 0, 0), new PredictedToponym(3, 4, 0, 0));

        assertThat(ToponymAlignment.of(List.of(first, second), found).inexactScore().truePositives()).isEqualTo(2);
    }

    @Test
    void resolution_errors_cover_recognised_gold_with_coordinates_only() {
        GoldToponym memphisStreet = new GoldToponym(30, 44, "Memphis Street", Double.NaN, Double.NaN);
        List<PredictedToponym> found = List.of(
                new PredictedToponym(0, 5, 48.8534, 3.3488),          // Paris one degree of longitude east
                new PredictedToponym(30, 37, 35.1495, -90.049));     // "Memphis" in "Memphis Street": no gold point

        List<Double> errors = ToponymAlignment.of(List.of(PARIS, NEW_YORK_CITY, memphisStreet), found)
                .resolutionErrorsKm();

        // 111.19508 km * cos(48.8534 deg) = 73.16 km (haversine agrees to < 0.01 km at this scale)
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).isCloseTo(73.16, within(0.01));
    }

    @Test
    void a_recognised_but_unresolved_toponym_counts_as_antipodal() {
        List<Double> errors = ToponymAlignment.of(List.of(PARIS), List.of(PredictedToponym.unresolved(0, 5)))
                .resolutionErrorsKm();

        assertThat(errors).containsExactly(GreatCircleDistance.ANTIPODAL_KM);
    }

    @Test
    void a_duplicate_system_span_is_a_false_positive() {
        List<PredictedToponym> found = List.of(new PredictedToponym(0, 5, 0, 0), new PredictedToponym(0, 5, 0, 0));

        assertThat(ToponymAlignment.of(List.of(PARIS), found).exactScore()).isEqualTo(new RecognitionScore(2, 1, 1));
    }
}
