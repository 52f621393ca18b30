package org.newsatlas.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    /** Takes every capitalised word for a toponym and puts it in Alexandria, Louisiana. */
    private static final class CapitalisedWords implements EvaluatedGeoparser {
        private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{L}+");
        int calls;

        @Override
        public String name() {
            return "capitalised words";
        }

        @Override
        public List<PredictedToponym> parse(String text) {
            calls++;
            Matcher words = CAPITALISED.matcher(text);
            return words.results().map(word -> new PredictedToponym(word.start(), word.end(), 31.3113, -92.4451))
                    .toList();
        }
    }

    @Test
    void scores_add_up_over_documents_and_neither_warm_up_nor_timed_passes_are_scored() throws Exception {
        AnnotatedCorpus corpus = new AnnotatedCorpusReader().read(AnnotatedCorpusReaderTest.fixtures(), "Tiny");
        CapitalisedWords system = new CapitalisedWords();

        CorpusScore score = new Evaluation(1, 2, new PrintStream(OutputStream.nullOutputStream()))
                .evaluate(system, corpus);

        // found: Alexandria, Fire, Memphis, St, Pineville | Nothing; gold: Alexandria, Memphis St., Pineville
        // one warm-up document, two scored documents, two timed passes over both
        assertThat(system.calls).isEqualTo(1 + 2 + 2 * 2);
        assertThat(score.exact()).isEqualTo(new RecognitionScore(6, 3, 2));
        assertThat(score.inexact()).isEqualTo(new RecognitionScore(6, 3, 3));
        // Alexandria exact (0 km); Pineville 0.0111 deg north and 0.0108 deg east: about 1.6 km
        assertThat(score.resolution().count()).isEqualTo(2);
        assertThat(score.resolution().accuracyAt161()).isEqualTo(1.0);
        assertThat(score.resolution().medianKm()).isCloseTo(0.80, within(0.01));
        assertThat(score.words()).isEqualTo(11);
        assertThat(score.parseSeconds()).isPositive();
    }

    @Test
    void on_one_corpus_the_systems_take_their_timed_passes_in_turn_after_both_are_scored() throws Exception {
        AnnotatedCorpus corpus = new AnnotatedCorpusReader().read(AnnotatedCorpusReaderTest.fixtures(), "Tiny");
        List<String> calls = new ArrayList<>();

        List<CorpusScore> scores = new Evaluation(0, 2, new PrintStream(OutputStream.nullOutputStream()))
                .run(List.of(logging("A", calls), logging("B", calls)), List.of(corpus));

        // two documents a pass: A scored, B scored, then A, B, A, B timed
        assertThat(String.join("", calls)).isEqualTo("AA" + "BB" + "AA" + "BB" + "AA" + "BB");
        assertThat(scores).extracting(CorpusScore::system).containsExactly("A", "B");
        assertThat(scores).allSatisfy(score -> assertThat(score.wordsPerSecond()).isPositive());
    }

    private static EvaluatedGeoparser logging(String name, List<String> calls) {
        return new EvaluatedGeoparser() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<PredictedToponym> parse(String text) {
                calls.add(name);
                return List.of();
            }
        };
    }
}
