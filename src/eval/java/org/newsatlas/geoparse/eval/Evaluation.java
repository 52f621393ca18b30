package org.newsatlas.geoparse.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs geoparsers over annotated corpora on the calling thread and scores them. Each system first parses some
 * documents untimed (JIT and cache warm-up), then every document once, scored against the gold toponyms; then
 * the whole corpus is parsed again {@code timedPasses} times with nothing but {@link EvaluatedGeoparser#parse}
 * inside the clock, and the speed is the median pass (scoring in between would put its allocation and garbage
 * collection into the parser's time). Every system gets the same treatment, and on a corpus the systems take
 * their timed passes in turn (A, B, A, B, ...): a busy spell on a shared machine slows both, not one.
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
            List<EvaluatedGeoparser> forCorpus = new ArrayList<>();
            List<CorpusScore> accuracy = new ArrayList<>();
            for (EvaluatedGeoparser system : systems) {
                progress.printf("evaluating %s on %s (%d documents)%n", system.name(), corpus.name(),
                        corpus.documents().size());
                forCorpus.add(system.forCorpus(corpus.name()));
                accuracy.add(score(forCorpus.get(forCorpus.size() - 1), corpus));
            }
            progress.printf("timing %d passes of each system over %s%n", timedPasses, corpus.name());
            long[][] passes = new long[forCorpus.size()][timedPasses];
            for (int pass = 0; pass < timedPasses; pass++) {
                for (int s = 0; s < forCorpus.size(); s++) {
                    passes[s][pass] = passNanos(forCorpus.get(s), corpus);
                }
            }
            for (int s = 0; s < forCorpus.size(); s++) {
                scores.add(accuracy.get(s).timed(median(passes[s]) / 1e9));
            }
        }
        return scores;
    }

    /** One system on one corpus: scored, then timed. */
    public CorpusScore evaluate(EvaluatedGeoparser system, AnnotatedCorpus corpus) {
        return run(List.of(system), List.of(corpus)).get(0);
    }

    /** Warm-up, then every document once against its gold toponyms; not timed yet. */
    private CorpusScore score(EvaluatedGeoparser system, AnnotatedCorpus corpus) {
        corpus.documents().stream().limit(warmUpDocuments).forEach(document -> system.parse(document.text()));
        RecognitionScore exact = RecognitionScore.NONE;
        RecognitionScore inexact = RecognitionScore.NONE;
        List<Double> errorsKm = new ArrayList<>();
        List<Reliability.Outcome> outcomes = new ArrayList<>();
        for (AnnotatedDocument document : corpus.documents()) {
            List<PredictedToponym> found = system.parse(document.text());
            ToponymAlignment alignment = ToponymAlignment.of(document.gold(), checked(found, document));
            exact = exact.plus(alignment.exactScore());
            inexact = inexact.plus(alignment.inexactScore());
            errorsKm.addAll(alignment.resolutionErrorsKm());
            outcomes.addAll(alignment.outcomes());
        }
        return new CorpusScore(system.name(), corpus.name(), exact, inexact, ResolutionScore.of(errorsKm),
                corpus.wordCount(), Double.NaN, Reliability.of(outcomes));
    }

    /** The time of one parse-only pass over the corpus. */
    private static long passNanos(EvaluatedGeoparser system, AnnotatedCorpus corpus) {
        long found = 0;
        long started = System.nanoTime();
        for (AnnotatedDocument document : corpus.documents()) {
            found += system.parse(document.text()).size();
        }
        long nanos = System.nanoTime() - started;
        if (found < 0) {
            throw new AssertionError(); // keeps the results alive: the JIT may not drop the parsing
        }
        return nanos;
    }

    private static long median(long[] passes) {
        long[] sorted = passes.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
