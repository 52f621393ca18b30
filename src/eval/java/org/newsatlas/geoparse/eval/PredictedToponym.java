package org.newsatlas.geoparse.eval;

/**
 * A toponym a system found: half-open {@code [start,end)} into the document text, the point it resolved to
 * ({@code NaN} latitude/longitude when the system recognised it but did not resolve it) and how sure the system
 * says it is (0..1; {@code NaN} when it says nothing).
 */
public record PredictedToponym(int start, int end, double lat, double lon, double confidence) implements TextSpan {

    public PredictedToponym {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span [" + start + "," + end + ")");
        }
    }

    /** A resolved toponym without a confidence. */
    public PredictedToponym(int start, int end, double lat, double lon) {
        this(start, end, lat, lon, Double.NaN);
    }

    public static PredictedToponym unresolved(int start, int end) {
        return new PredictedToponym(start, end, Double.NaN, Double.NaN);
    }

    public boolean isResolved() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
}
