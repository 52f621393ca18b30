package org.newsatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.PlaceKind;

class ConfidenceModelTest {

    private static final ConfidenceModel FITTED = ConfidenceModel.fitted();

    private static ConfidenceModel.Decision decision(double margin, PlaceKind kind, long population, int candidates,
                                                     boolean needsSupport, boolean loose, String decidedBy) {
        return new ConfidenceModel.Decision(margin, kind, population, candidates, needsSupport, false, loose,
                decidedBy);
    }

    @Test
    void the_fitted_model_trusts_a_country_the_document_vouches_for_more_than_a_loosely_spelt_town_that_is_a_word() {
        double country = FITTED.confidence(decision(0.99, PlaceKind.COUNTRY, 0, 1, false, false,
                "DocumentContextPass"));
        double town = FITTED.confidence(decision(0.99, PlaceKind.CITY, 800, 1, true, true, "PopulationRankPass"));

        assertThat(country).isGreaterThan(0.85).isLessThan(1.0);
        assertThat(town).isLessThan(0.4).isGreaterThan(0.0);
    }

    @Test
    void a_wider_margin_and_a_bigger_town_each_raise_the_confidence() {
        double narrow = FITTED.confidence(decision(0.6, PlaceKind.CITY, 50_000, 12, false, false, "PopulationRankPass"));
        double wide = FITTED.confidence(decision(0.99, PlaceKind.CITY, 50_000, 12, false, false, "PopulationRankPass"));
        double big = FITTED.confidence(decision(0.6, PlaceKind.CITY, 5_000_000, 12, false, false,
                "PopulationRankPass"));

        assertThat(wide).isGreaterThan(narrow);
        assertThat(big).isGreaterThan(narrow);
    }

    @Test
    void raw_keeps_the_margins_confidence() {
        assertThat(ConfidenceModel.RAW.confidence(decision(0.73, PlaceKind.CITY, 10, 3, true, true, "x")))
                .isEqualTo(0.73);
    }

    @Test
    void a_weights_file_missing_a_feature_is_refused_by_name() {
        String file = ConfidenceModel.of(new double[ConfidenceModel.FEATURES.size()]).format("test")
                .replaceAll("(?m)^loose_spelling\t.*\n", "");

        assertThatThrownBy(() -> ConfidenceModel.read(new BufferedReader(new StringReader(file))))
                .hasMessageContaining("no weight for loose_spelling");
    }

    @Test
    void weights_written_are_read_back_to_the_same_answers() throws Exception {
        double[] weights = new double[ConfidenceModel.FEATURES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (i % 3 - 1) * 0.37;
        }
        ConfidenceModel model = ConfidenceModel.of(weights);
        ConfidenceModel read = ConfidenceModel.read(new BufferedReader(new StringReader(model.format("a\nb"))));
        ConfidenceModel.Decision d = decision(0.8, PlaceKind.ADMIN1, 0, 2, false, false, "NameMatchPass");

        assertThat(read.confidence(d)).isEqualTo(model.confidence(d));
    }
}
