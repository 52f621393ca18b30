package org.newsatlas.geoparse.eval;

/**
 * Span recognition counts and their scores: P = TP/|system spans|, R = TP/|gold spans|,
 * F1 = 2PR/(P+R). A ratio with a zero denominator is 0.
 */
public record RecognitionScore(int systemSpans, int goldSpans, int truePositives) {

    public static final RecognitionScore NONE = new RecognitionScore(0, 0, 0);

    public RecognitionScore {
        if (truePositives > systemSpans || truePositives > goldSpans || truePositives < 0) {
            throw new IllegalArgumentException("TP " + truePositives + " exceeds " + systemSpans + "/" + goldSpans);
        }
    }

    public double precision() {
        return systemSpans == 0 ? 0 : (double) truePositives / systemSpans;
    }

    public double recall() {
        return goldSpans == 0 ? 0 : (double) truePositives / goldSpans;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Micro-averaging: counts of two documents (or corpora) add up. */
    public RecognitionScore plus(RecognitionScore other) {
        return new RecognitionScore(systemSpans + other.systemSpans, goldSpans + other.goldSpans,
                truePositives + other.truePositives);
    }
}
