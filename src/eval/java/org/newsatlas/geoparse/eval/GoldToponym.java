package org.newsatlas.geoparse.eval;

/**
 * One annotated toponym of a corpus: half-open {@code [start,end)} into the document text, its surface
 * form, and its coordinates ({@code NaN} when the annotators gave none, e.g. LGL's NO_GAZTAG rows:
 * such a toponym counts for recognition and is skipped for resolution).
 */
public record GoldToponym(int start, int end, String surface, double lat, double lon) implements TextSpan {

    public boolean hasCoordinates() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
}
