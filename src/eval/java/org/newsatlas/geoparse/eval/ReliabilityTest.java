package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

    @Test
    void the_calibration_error_weighs_each_bins_gap_by_its_share() {
        List<Reliability.Outcome> outcomes = new ArrayList<>();
        // 8 at 0.95, 6 of them right (gap 0.2); 2 at 0.55, both right (gap 0.45)
        for (int i = 0; i < 8; i++) {
            outcomes.add(new Reliability.Outcome(0.95, i < 6));
        }
        outcomes.add(new Reliability.Outcome(0.55, true));
        outcomes.add(new Reliability.Outcome(0.55, true));

        Reliability reliability = Reliability.of(outcomes);

        assertThat(reliability.bins()).extracting(Reliability.Bin::count).containsExactly(2, 8);
        assertThat(reliability.bins().get(1).accuracy()).isCloseTo(0.75, within(1e-9));
        assertThat(reliability.expectedCalibrationError()).isCloseTo(0.8 * 0.2 + 0.2 * 0.45, within(1e-9));
        assertThat(reliability.format("x")).contains("0.9–1.0]", "0.5–0.6)", "expected calibration error 0.250");
    }

    @Test
    void a_confidence_of_one_falls_in_the_last_bin_and_perfect_calibration_scores_zero() {
        Reliability reliability = Reliability.of(List.of(new Reliability.Outcome(1.0, true),
                new Reliability.Outcome(1.0, true)));

        assertThat(reliability.bins()).singleElement().satisfies(bin -> assertThat(bin.from()).isEqualTo(0.9));
        assertThat(reliability.expectedCalibrationError()).isZero();
    }

    @Test
    void a_toponym_far_from_its_gold_or_where_no_gold_is_counts_as_wrong() {
        GoldToponym paris = new GoldToponym(0, 5, "Paris", 48.8534, 2.3488);
        GoldToponym london = new GoldToponym(10, 16, "London", 51.5085, -0.1257);
        GoldToponym unlocated = new GoldToponym(20, 25, "Xyzzy", Double.NaN, Double.NaN);
        List<PredictedToponym> found = List.of(
                new PredictedToponym(0, 5, 48.85, 2.35, 0.9),           // right
                new PredictedToponym(10, 16, 42.98, -81.25, 0.8),       // London, Ontario: wrong
                new PredictedToponym(20, 25, 1, 1, 0.7),                // gold without coordinates: says nothing
                new PredictedToponym(30, 35, 1, 1, 0.6),                // no gold toponym there: wrong
                new PredictedToponym(40, 45, 1, 1));                    // no confidence stated: left out

        List<Reliability.Outcome> outcomes = ToponymAlignment.of(List.of(paris, london, unlocated), found).outcomes();

        assertThat(outcomes).containsExactlyInAnyOrder(new Reliability.Outcome(0.9, true),
                new Reliability.Outcome(0.8, false), new Reliability.Outcome(0.6, false));
    }
}
