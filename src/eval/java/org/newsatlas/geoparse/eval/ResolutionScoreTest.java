package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionScoreTest {

    private static final double E = Math.E;

    @Test
    void auc_of_log_errors_zero_one_two_is_one_over_ln_20039() {
        // ln(err+1) sorted = 0, 1, 2; trapezoids (0+1)/2 + (1+2)/2 = 2; 2 / (ln(20039) * 2) = 0.100955
        ResolutionScore score = ResolutionScore.of(List.of(E * E - 1, 0.0, E - 1));

        assertThat(score.auc()).isCloseTo(0.100955, within(1e-6));
        assertThat(score.count()).isEqualTo(3);
        assertThat(score.medianKm()).isCloseTo(1.718282, within(1e-6));
        assertThat(score.meanKm()).isCloseTo(2.702446, within(1e-6)); // (0 + 1.7182818 + 6.3890561) / 3
        assertThat(score.accuracyAt161()).isEqualTo(1.0);
    }

    @Test
    void auc_is_one_when_every_error_is_the_normalising_maximum() {
        ResolutionScore score = ResolutionScore.of(List.of(20038.0, 20038.0, 20038.0, 20038.0));

        assertThat(score.auc()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void auc_is_zero_when_every_toponym_is_exact() {
        assertThat(ResolutionScore.of(List.of(0.0, 0.0)).auc()).isZero();
    }

    @Test
    void an_error_of_exactly_161_km_is_not_accurate_and_the_even_median_averages_the_middle_pair() {
        ResolutionScore score = ResolutionScore.of(List.of(200.0, 161.0, 0.0, 10.0));

        assertThat(score.accuracyAt161()).isEqualTo(0.5);
        assertThat(score.medianKm()).isEqualTo(85.5);
        assertThat(score.meanKm()).isEqualTo(92.75);
    }

    @Test
    void one_error_has_no_auc_and_no_errors_have_no_scores() {
        assertThat(ResolutionScore.of(List.of(5.0)).auc()).isNaN();
        assertThat(ResolutionScore.of(List.of(5.0)).medianKm()).isEqualTo(5.0);
        ResolutionScore empty = ResolutionScore.of(List.of());
        assertThat(empty.count()).isZero();
        assertThat(empty.meanKm()).isNaN();
        assertThat(empty.accuracyAt161()).isNaN();
    }
}
