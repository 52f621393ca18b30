package org.newsatlas.geoparse;

import java.util.List;
import org.newsatlas.gazetteer.Place;

/**
 * A resolved mention located in an article: [start, end) into the article's ORIGINAL text (stray-hyphen repair
 * undone), in the passage with ordinal {@code passage}.
 *
 * @param text the mention as written in the original text
 */
public record LocatedMention(int start, int end, String text, int passage, boolean associative, Place place,
                             double confidence, String decidedBy, String reason, List<Candidate> runnersUp) {

    public LocatedMention {
        runnersUp = List.copyOf(runnersUp);
    }
}
