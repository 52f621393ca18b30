package org.newsatlas.article;

import java.util.List;
import java.util.Optional;

/**
 * One place mention as a person reviews it: [start, end) into the article's original text, the place it is on
 * the map as now ({@code current}, empty when it was marked "not a place"), the pass that decided it, the places
 * the geoparser weighed against it (best first), and the person's correction, if any.
 */
public record MentionChoices(long articleId, int start, int end, String surface, Optional<PlaceChoice> current,
                             String decidedBy, List<PlaceChoice> candidates, Optional<MentionCorrection> correction) {

    public MentionChoices {
        candidates = List.copyOf(candidates);
    }

    public boolean isCorrected() {
        return correction.isPresent();
    }
}
