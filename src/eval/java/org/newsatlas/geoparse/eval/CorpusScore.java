package org.newsatlas.geoparse.eval;

/**
 * How one system did on one corpus: recognition (exact and inexact), resolution, and speed
 * ({@code words} whitespace-separated tokens parsed in {@code parseSeconds} of geoparser calls), and how well its
 * stated confidence matched how often it was right.
 */
public record CorpusScore(String system, String corpus, RecognitionScore exact, RecognitionScore inexact,
        ResolutionScore resolution, long words, double parseSeconds, Reliability reliability) {

    /** A score of a system that states no confidence. */
    public CorpusScore(String system, String corpus, RecognitionScore exact, RecognitionScore inexact,
                       ResolutionScore resolution, long words, double parseSeconds) {
        this(system, corpus, exact, inexact, resolution, words, parseSeconds, Reliability.NONE);
    }

    /** Not timed yet: NaN. */
    public double wordsPerSecond() {
        return parseSeconds > 0 ? words / parseSeconds : Double.NaN;
    }

    /** The same score with the time its parse-only pass took. */
    public CorpusScore timed(double seconds) {
        return new CorpusScore(system, corpus, exact, inexact, resolution, words, seconds, reliability);
    }
}
