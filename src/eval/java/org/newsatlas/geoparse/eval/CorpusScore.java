package org.newsatlas.geoparse.eval;

/**
 * How one system did on one corpus: recognition (exact and inexact), resolution, and speed
 * ({@code words} whitespace-separated tokens parsed in {@code parseSeconds} of geoparser calls).
 */
public record CorpusScore(String system, String corpus, RecognitionScore exact, RecognitionScore inexact,
        ResolutionScore resolution, long words, double parseSeconds) {

    /** Not timed yet: NaN. */
    public double wordsPerSecond() {
        return parseSeconds > 0 ? words / parseSeconds : Double.NaN;
    }

    /** The same score with the time its parse-only pass took. */
    public CorpusScore timed(double seconds) {
        return new CorpusScore(system, corpus, exact, inexact, resolution, words, seconds);
    }
}
