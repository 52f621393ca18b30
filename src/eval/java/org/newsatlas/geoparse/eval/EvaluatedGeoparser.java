package org.newsatlas.geoparse.eval;

import java.util.List;

/**
 * A geoparser as the evaluation sees it: text in, toponym spans (with coordinates when resolved) out.
 * Implementations adapt a real geoparser (ours, CLAVIN); {@link Evaluation} times only {@link #parse}.
 */
public interface EvaluatedGeoparser {

    /** Name shown in the results table, e.g. "CLAVIN 3.0.0". */
    String name();

    /** Every toponym found in {@code text}, offsets half-open into {@code text} itself. */
    List<PredictedToponym> parse(String text);

    /**
     * This system as scored on the named corpus, following that corpus's {@link AnnotationConvention} where
     * the system can; by default the system itself.
     */
    default EvaluatedGeoparser forCorpus(String corpusName) {
        return this;
    }
}
