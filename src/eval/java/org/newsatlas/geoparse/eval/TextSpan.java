package org.newsatlas.geoparse.eval;

/** A half-open {@code [start,end)} range of a document's text. */
public interface TextSpan {

    int start();

    int end();

    default boolean sameSpanAs(TextSpan other) {
        return start() == other.start() && end() == other.end();
    }

    default boolean overlaps(TextSpan other) {
        return start() < other.end() && other.start() < end();
    }
}
