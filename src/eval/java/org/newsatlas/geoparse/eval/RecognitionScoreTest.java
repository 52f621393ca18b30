package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecognitionScoreTest {

    @Test
    void three_right_of_four_found_and_five_gold_give_p_75_r_60_f1_two_thirds() {
        RecognitionScore score = new RecognitionScore(4, 5, 3);

        assertThat(score.precision()).isEqualTo(0.75);
        assertThat(score.recall()).isEqualTo(0.6);
        assertThat(score.f1()).isCloseTo(2.0 / 3, within(1e-12)); // 2 * .75 * .6 / 1.35
    }

    @Test
    void a_system_that_finds_nothing_scores_zero_not_nan() {
        RecognitionScore score = new RecognitionScore(0, 7, 0);

        assertThat(score.precision()).isZero();
        assertThat(score.recall()).isZero();
        assertThat(score.f1()).isZero();
    }

    @Test
    void documents_add_up_as_counts_not_as_averaged_ratios() {
        RecognitionScore total = new RecognitionScore(1, 1, 1).plus(new RecognitionScore(9, 9, 0));

        assertThat(total).isEqualTo(new RecognitionScore(10, 10, 1));
        assertThat(total.precision()).isEqualTo(0.1); // a macro average would say 0.5
    }

    @Test
    void more_true_positives_than_spans_is_rejected() {
        assertThatThrownBy(() -> new RecognitionScore(2, 5, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
