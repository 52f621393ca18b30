package org.newsatlas.geoparse;

import java.util.List;
import org.newsatlas.gazetteer.NameMatch;

/**
 * A place name found in a passage, before resolution.
 *
 * @param surface      the text as written, {@code text.substring(start, end)}
 * @param start        offset into the passage text, inclusive
 * @param end          offset into the passage text, exclusive
 * @param passage      index of the passage in the list given to the extractor (0 for a single text)
 * @param associative  an adjective, demonym or combining form ("Chinese", "Afghan", "Sino-") that refers to
 *                     the place without naming it
 * @param candidates   the gazetteer's places for the name, each with how it matched
 * @param needsSupport the name is also an ordinary English word or a name seen as a person's, so the resolver
 *                     keeps it only with enough evidence
 */
public record Mention(String surface, int start, int end, int passage, boolean associative,
                      List<NameMatch> candidates, boolean needsSupport) {

    public Mention {
        candidates = List.copyOf(candidates);
    }
}
