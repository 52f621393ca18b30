package org.newsatlas.layer;

/**
 * How many distinct passages link to a feature within a window, how many mentions they hold, and the sum of those
 * mentions' confidence (place mentions; 0 for exercises and borders, which state none).
 */
public record LinkCount(int passages, int mentions, double confidenceSum) {

    public static final LinkCount NONE = new LinkCount(0, 0, 0);

    /** The mentions' mean confidence; NaN without mentions. */
    public double meanConfidence() {
        return mentions == 0 ? Double.NaN : confidenceSum / mentions;
    }
}
