package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotationConventionTest {

    @Test
    void lgl_counts_demonyms_as_toponyms_because_its_annotators_marked_them() {
        assertThat(AnnotationConvention.of("LGL").associativeMentionsAreToponyms()).isTrue();
        assertThat(AnnotationConvention.of("TR-News").associativeMentionsAreToponyms()).isTrue();
    }

    @Test
    void geovirus_and_unknown_corpora_count_names_only() {
        assertThat(AnnotationConvention.of("GeoVirus").associativeMentionsAreToponyms()).isFalse();
        assertThat(AnnotationConvention.of("Tiny")).isEqualTo(AnnotationConvention.NAMES_ONLY);
    }

    @Test
    void an_evaluated_system_without_conventions_is_scored_as_it_is_on_every_corpus() {
        EvaluatedGeoparser plain = new EvaluatedGeoparser() {
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public java.util.List<PredictedToponym> parse(String text) {
                return java.util.List.of();
            }
        };
        assertThat(plain.forCorpus("LGL")).isSameAs(plain);
    }
}
