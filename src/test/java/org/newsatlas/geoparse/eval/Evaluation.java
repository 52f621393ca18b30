package org.newsatlas.geoparse.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs geoparsers over annotated corpora on the calling thread and scores them. Each system first parses some
 * documents untimed (JIT and cache warm-up), then every document once, scored against the gold toponyms; then
 * the whole corpus is parsed again {@code timedPasses} times with nothing but {@link EvaluatedGeoparser#parse}
 * inside the clock, and the speed is the median pass (scoring in between would put its allocation and garbage
 * collection into the parser's time). Every system gets the same treatment.
 */
public class Evaluation {

    private final int warmUpDocuments;
    private final int timedPasses;
    private final PrintStream progress;

    public Evaluation(int warmUpDocuments, int timedPasses, PrintStream progress) {
        if (timedPasses < 1) {
            throw new IllegalArgumentException("at least one timed pass, not " + timedPasses);
        }
        this.warmUpDocuments = warmUpDocuments;
        this.timedPasses = timedPasses;
        this.progress = progress;
    }

    public List<CorpusScore> run(List<EvaluatedGeoparser> systems, List<AnnotatedCorpus> corpora) {
        List<CorpusScore> scores = new ArrayList<>();
        for (AnnotatedCorpus corpus : corpora) {
            for (EvaluatedGeoparser system : systems) {
                progress.printf("evaluating %s on %s (%d documents)%n", system.name(), corpus.name(),
                        corpus.documents().size());
                scores.add(evaluate(system.forCorpus(corpus.name()), corpus));
            }
        }
        return scores;
    }

    public CorpusScore evaluate(EvaluatedGeoparser system, AnnotatedCorpus corpus) {
        corpus.documents().stream().limit(warmUpDocuments).forEach(document -> system.parse(document.text()));
        RecognitionScore exact = RecognitionScore.NONE;
        RecognitionScore inexact = RecognitionScore.NONE;
        List<Double> errorsKm = new ArrayList<>();
        for (AnnotatedDocument document : corpus.documents()) {
            List<PredictedToponym> found = system.parse(document.text());
            ToponymAlignment alignment = ToponymAlignment.of(document.gold(), checked(found, document));
            exact = exact.plus(alignment.exactScore());
            inexact = inexact.plus(alignment.inexactScore());
            errorsKm.addAll(alignment.resolutionErrorsKm());
        }
        return new CorpusScore(system.name(), corpus.name(), exact, inexact, ResolutionScore.of(errorsKm),
                corpus.wordCount(), medianPassNanos(system, corpus) / 1e9);
    }

    private long medianPassNanos(EvaluatedGeoparser system, AnnotatedCorpus corpus) {
        long[] passes = new long[timedPasses];
        long found = 0;
        for (int pass = 0; pass < timedPasses; pass++) {
            long started = System.nanoTime();
            for (AnnotatedDocument document : corpus.documents()) {
                found += system.parse(document.text()).size();
            }
            passes[pass] = System.nanoTime() - started;
        }
        if (found < 0) {
            throw new AssertionError(); // keeps the results alive: the JIT may not drop the parsing
        }
        java.util.Arrays.sort(passes);
        return passes[timedPasses / 2];
    }

    private static List<PredictedToponym> checked(List<PredictedToponym> found, AnnotatedDocument document) {
        for (PredictedToponym toponym : found) {
            if (toponym.end() > document.text().length()) {
                throw new IllegalStateException("span [" + toponym.start() + "," + toponym.end()
                        + ") beyond the text of " + document.id());
            }
        }
        return found;
    }
}
