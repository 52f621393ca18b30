package org.newsatlas.geoparse.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs geoparsers over annotated corpora on the calling thread and scores them. Each system first
 * parses a few documents untimed (JIT and cache warm-up); then every document is parsed once, timing
 * only the {@link EvaluatedGeoparser#parse} call, and its output is scored against the gold toponyms.
 */
public class Evaluation {

    private final int warmUpDocuments;
    private final PrintStream progress;

    public Evaluation(int warmUpDocuments, PrintStream progress) {
        this.warmUpDocuments = warmUpDocuments;
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
        long parseNanos = 0;
        for (AnnotatedDocument document : corpus.documents()) {
            long started = System.nanoTime();
            List<PredictedToponym> found = system.parse(document.text());
            parseNanos += System.nanoTime() - started;
            ToponymAlignment alignment = ToponymAlignment.of(document.gold(), checked(found, document));
            exact = exact.plus(alignment.exactScore());
            inexact = inexact.plus(alignment.inexactScore());
            errorsKm.addAll(alignment.resolutionErrorsKm());
        }
        return new CorpusScore(system.name(), corpus.name(), exact, inexact, ResolutionScore.of(errorsKm),
                corpus.wordCount(), parseNanos / 1e9);
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
