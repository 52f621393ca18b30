package org.newsatlas.geoparse;

/**
 * One step of disambiguation: adds evidence to the candidates of a document's mentions, each with a reason.
 * Passes run in order, so later passes can read the leaders earlier ones produced.
 */
public interface ResolutionPass {

    /** Short name used in {@link ResolvedMention#decidedBy()}. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** What the pass rewards, in one sentence. */
    String description();

    void apply(DocumentScores scores);
}
