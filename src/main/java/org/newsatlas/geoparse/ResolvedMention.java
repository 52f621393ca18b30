package org.newsatlas.geoparse;

import java.util.List;
import org.newsatlas.gazetteer.Place;

/**
 * A mention and the place it was resolved to.
 *
 * @param confidence 0..1, from the winner's score margin over the runner-up
 * @param decidedBy  the name of the pass that contributed most to the winner's margin
 * @param reason     that pass's reason, in words
 * @param runnersUp  the next best candidates (at most 5), best first
 */
public record ResolvedMention(Mention mention, Place place, double confidence, String decidedBy, String reason,
                              List<Candidate> runnersUp) {

    public ResolvedMention {
        runnersUp = List.copyOf(runnersUp);
    }
}
