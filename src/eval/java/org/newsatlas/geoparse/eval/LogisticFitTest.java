package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.PlaceKind;
import org.newsatlas.geoparse.ConfidenceModel;

class LogisticFitTest {

    @Test
    void a_fit_on_examples_drawn_from_known_probabilities_states_those_probabilities() {
        // towns needing support are right 30% of the time, countries 90%, whatever the margin says
        Random random = new Random(7);
        List<ConfidenceModelCommand.Example> examples = new ArrayList<>();
        ConfidenceModel.Decision town = new ConfidenceModel.Decision(0.95, PlaceKind.CITY, 100_000, 4, true, false,
                false, "PopulationRankPass");
        ConfidenceModel.Decision country = new ConfidenceModel.Decision(0.95, PlaceKind.COUNTRY, 0, 1, false, false,
                false, "PopulationRankPass");
        for (int i = 0; i < 4000; i++) {
            examples.add(new ConfidenceModelCommand.Example(town, random.nextDouble() < 0.3));
            examples.add(new ConfidenceModelCommand.Example(country, random.nextDouble() < 0.9));
        }

        ConfidenceModel model = LogisticFit.fit(examples);

        assertThat(model.confidence(town)).isCloseTo(0.3, within(0.03));
        assertThat(model.confidence(country)).isCloseTo(0.9, within(0.03));
        assertThat(ConfidenceModelCommand.reliability(model, examples).expectedCalibrationError()).isLessThan(0.03);
    }

    @Test
    void solve_finds_the_exact_answer_of_a_small_system() {
        double[] s = LogisticFit.solve(new double[][] {{0, 2}, {3, 1}}, new double[] {4, 5});

        assertThat(s[0]).isCloseTo(1.0, within(1e-12));
        assertThat(s[1]).isCloseTo(2.0, within(1e-12));
    }
}
